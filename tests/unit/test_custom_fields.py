import pytest

from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.contacts import ContactInput
from crm_desktop.services.custom_fields import CustomFieldService


@pytest.fixture
def fields(services):
    return CustomFieldService(services.db, services.hub)


def test_define_and_store_each_type(services, fields):
    cid = services.contacts.create(ContactInput(first_name="Ada"))
    fields.define("contact", "Shoe size", "number")
    fields.define("contact", "Credit limit", "money")
    fields.define("contact", "Member since", "date")
    fields.define("contact", "Newsletter", "bool")
    fields.define("contact", "Segment", "choice", ["Retail", "Wholesale"])
    fields.define("contact", "Nickname", "text")
    fields.set_values("contact", cid, {"shoe_size": "42", "credit_limit": "1.250,5", "member_since": "2024-03-01",
                                       "newsletter": "Ja", "segment": "wholesale", "nickname": "  Countess "})
    assert fields.values("contact", cid) == {"shoe_size": "42", "credit_limit": "1250.50", "member_since": "2024-03-01",
                                             "newsletter": "yes", "segment": "Wholesale", "nickname": "Countess"}
    fields.set_values("contact", cid, {"nickname": ""})
    assert "nickname" not in fields.values("contact", cid)
    assert [f.label for f in fields.fields("contact")][:2] == ["Shoe size", "Credit limit"]
    assert fields.fields("company") == []


def test_bad_values_are_refused_with_plain_messages(services, fields):
    cid = services.contacts.create(ContactInput(first_name="Ada"))
    fields.define("contact", "Member since", "date")
    fields.define("contact", "Segment", "choice", ["Retail"])
    with pytest.raises(ValidationError) as err:
        fields.set_values("contact", cid, {"member_since": "soon", "segment": "Other"})
    assert "2026-03-31" in err.value.fields["member_since"]
    assert "Retail" in err.value.fields["segment"]
    assert fields.values("contact", cid) == {}


def test_names_are_unique_and_archive_keeps_values(services, fields):
    cid = services.contacts.create(ContactInput(first_name="Ada"))
    f = fields.define("contact", "Segment", "text")
    with pytest.raises(ValidationError):
        fields.define("contact", "segment", "text")
    with pytest.raises(ValidationError):
        fields.define("contact", "Choices", "choice", [])
    fields.set_values("contact", cid, {"segment": "VIP"})
    fields.archive(f.id)
    assert fields.fields("contact") == []
    again = fields.define("contact", "Segment", "text")
    assert again.key == "segment_2"
