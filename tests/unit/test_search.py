from crm_desktop.services.contacts import ContactInput
from crm_desktop.storage.search import match_expression


def add(services, first, last, **kw):
    return services.contacts.create(ContactInput(first_name=first, last_name=last, **kw))


def test_diacritics_are_ignored(services):
    m = add(services, "Jürgen", "Müller")
    j = add(services, "José", "García")
    assert services.contacts.ordered_ids(query="mull", sort="rank") == [m]
    assert services.contacts.ordered_ids(query="jose", sort="rank") == [j]
    assert services.contacts.ordered_ids(query="GARCÍA", sort="rank") == [j]


def test_phone_digits_find_the_contact(services):
    cid = add(services, "Amélie", "Dubois", phones=["+33 6 12 34 56 78"])
    for query in ("0612", "06 12 34", "+33 6 12", "33612345678"):
        assert services.contacts.ordered_ids(query=query, sort="rank") == [cid], query


def test_name_matches_rank_before_note_matches(services):
    noted = add(services, "Anna", "Schmidt", notes="Introduced by Baker at the fair")
    named = add(services, "Tom", "Baker")
    assert services.contacts.ordered_ids(query="baker", sort="rank") == [named, noted]


def test_activity_text_finds_the_contact(services):
    cid = add(services, "Ada", "Lovelace")
    services.activities.add("note", "Wants the Bernoulli numbers report", contact_id=cid)
    assert services.contacts.ordered_ids(query="bernoulli", sort="rank") == [cid]


def test_two_words_and_company_and_email(services):
    cid = add(services, "Ada", "Lovelace", company="Analytical Engines", emails=["ada@engines.example"])
    add(services, "Ada", "Other")
    assert services.contacts.ordered_ids(query="ada love", sort="rank") == [cid]
    assert services.contacts.ordered_ids(query="analytical", sort="rank") == [cid]
    assert services.contacts.ordered_ids(query="ada@engines", sort="rank") == [cid]


def test_company_rename_reindexes_its_people(services):
    cid = add(services, "Ada", "Lovelace", company="Old Name")
    company_id = services.contacts.get(cid).company_id
    detail = services.companies.get(company_id)
    data = detail.to_input()
    data.name = "Brand New"
    services.companies.update(company_id, data)
    assert services.contacts.ordered_ids(query="brand", sort="rank") == [cid]


def test_hostile_queries_do_not_break_fts():
    for q in ['"', "AND OR NOT", "*", "a:b", "(", "NEAR(", "'; drop table", "ü*"]:
        expr = match_expression(q)
        assert expr is None or '"' in expr


def test_hostile_queries_run(services):
    add(services, "Ada", "Lovelace")
    for q in ['"', "AND OR NOT", "*", "a:b", "(", "NEAR(x y)", "'; drop table contacts; --", "-", "^"]:
        services.contacts.ordered_ids(query=q, sort="rank")


def test_a_broad_query_lists_its_matches_newest_first_without_ranking(services, monkeypatch):
    from crm_desktop.storage import search

    noted = add(services, "Anna", "Schmidt", notes="Introduced by Baker at the fair")
    named = add(services, "Tom", "Baker")
    newest = add(services, "Bea", "Bakerley")
    assert services.contacts.ordered_ids(query="baker", sort="rank") == [named, newest, noted]  # ranked
    monkeypatch.setattr(search, "RANK_LIMIT", 2)
    assert services.contacts.ordered_ids(query="baker", sort="rank") == [newest, named, noted]
    assert services.contacts.ordered_ids(query="baker", sort="name") == [noted, newest, named]
    with services.db.reader() as s:
        assert search.contact_ids(s.connection(), "baker", limit=2) == [newest, named]


def test_recreating_the_index_keeps_every_row_and_search_works(services, tmp_path):
    from sqlalchemy import text

    from crm_desktop.storage import migrate
    from crm_desktop.storage.engine import open_database
    from crm_desktop.storage.search import recreate_keeping_rows

    m = add(services, "Jürgen", "Müller", emails=["jm@example.com"], phones=["+49 30 1234567"])
    add(services, "Anna", "Schmidt", notes="met at the fair")
    with services.db.engine.begin() as conn:
        before = conn.execute(text("SELECT rowid, * FROM search_fts ORDER BY rowid")).all()
        recreate_keeping_rows(conn)
        assert conn.execute(text("SELECT rowid, * FROM search_fts ORDER BY rowid")).all() == before
        sql = conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'search_fts'")).scalar()
        assert "prefix = '1'" in sql
        assert conn.execute(text("SELECT v FROM search_fts_config WHERE k = 'rank'")).scalar().startswith("bm25(")
        assert not conn.execute(text("SELECT 1 FROM sqlite_master WHERE name LIKE 'search_fts_new%'")).first()
    for query in ("m", "mü", "mull", "jm@exa", "030123"):
        assert m in services.contacts.ordered_ids(query=query, sort="rank"), query
    assert services.contacts.ordered_ids(query="mull", sort="rank") == [m]
    # an index written with the old settings ('1 2 3 4') is upgraded by migration 0010
    db = open_database(tmp_path / "old.sqlite3")
    from alembic import command

    cfg = migrate._config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0009")
        conn.execute(text("DROP TABLE search_fts"))
        conn.execute(text("CREATE VIRTUAL TABLE search_fts USING fts5(name, email, phone, other, notes, kind,"
                          " ref UNINDEXED, contact UNINDEXED, company UNINDEXED, deal UNINDEXED,"
                          " tokenize = \"unicode61 remove_diacritics 2\", prefix = '1 2 3 4')"))
        conn.execute(text("INSERT INTO search_fts (rowid, name, kind, ref, contact) VALUES (8, 'Zoë Adams', 'contact', 1, 1)"))
    assert db.migrate() == [migrate.newest_revision_by_name()]
    with db.engine.connect() as conn:
        assert "prefix = '1'" in conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'search_fts'")).scalar()
        assert conn.execute(text("SELECT rowid FROM search_fts WHERE search_fts MATCH 'zo*'")).scalars().all() == [8]
    db.close()
