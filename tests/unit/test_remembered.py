from crm_desktop.domain.remembered import Remembered


def test_a_value_is_worked_out_once_per_key() -> None:
    calls: list[str] = []

    def make(key: str) -> str:
        calls.append(key)
        return key.upper()

    memo = Remembered(make)
    assert [memo["a"], memo["b"], memo["a"], memo["a"]] == ["A", "B", "A", "A"]
    assert calls == ["a", "b"]
    assert memo.get("c") is None  # get() only looks: nothing is worked out
    assert calls == ["a", "b"]


def test_it_forgets_everything_when_full_and_stays_bounded() -> None:
    memo = Remembered(lambda n: n * 2, limit=3)
    for n in range(10):
        assert memo[n] == n * 2
        assert len(memo) <= 3
    assert list(memo) == [9]  # 9 came when 6, 7 and 8 were held: it started again
