import pytest

from crm_desktop.domain.errors import ValidationError
from crm_desktop.mail import templates
from mail_support import make_contact


def test_render_replaces_known_fields():
    values = {"first_name": "Zoë", "company": "Acme", "deal.title": "Shop fit-out"}
    out = templates.render("Hi {{first_name}} from {{ company }}: {{deal.title}}", values)
    assert out == "Hi Zoë from Acme: Shop fit-out"


def test_unknown_fields_are_named_before_sending():
    with pytest.raises(ValidationError) as info:
        templates.check("Hello {{frist_name}}", "Body {{deal.titel}} and {{first_name}}")
    message = str(info.value)
    assert "{{frist_name}}" in message and "{{deal.titel}}" in message
    assert "{{first_name}}" in message  # the list of known fields helps to fix it


def test_template_crud_and_preview_against_a_contact(services):
    cid = make_contact(services, "Marie", "Curie", ["marie@lab.example"], company="Radium Ltd")
    tid = services.mail.save_template(None, "Welcome", "Hello {{first_name}}", "Dear {{full_name}} of {{company}}")
    assert [t.name for t in services.mail.templates()] == ["Welcome"]
    with pytest.raises(ValidationError):
        services.mail.save_template(None, "Welcome", "x", "y")  # duplicate name
    with pytest.raises(ValidationError):
        services.mail.save_template(tid, "Welcome", "x", "{{nope}}")
    services.mail.save_template(tid, "Welcome v2", "Hi {{first_name}}", "Dear {{full_name}} ({{email}})")
    t = services.mail.template(tid)
    subject, body = services.mail.preview(t.subject, t.body, cid)
    assert subject == "Hi Marie"
    assert body == "Dear Marie Curie (marie@lab.example)"
    services.mail.delete_template(tid)
    assert services.mail.templates() == []
