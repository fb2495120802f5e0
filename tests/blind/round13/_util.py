"""Helpers: build variants of a correct cell by single textual substitutions."""


def variant(base, old, new, count=1):
    assert base.count(old) >= 1, (old, base)
    return base.replace(old, new, count)


def make(gid, base):
    def m(name, old, new):
        return dict(name=f"{gid}: {name}", grade_id=gid, source=variant(base, old, new))
    return m
