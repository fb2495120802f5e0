"""Checks that teach: strict, tolerant comparisons whose messages name the likely mistake.

Used by the test cells of the notebooks. Types are checked with `type(x) is ...` (an object that
pretends to be a tensor, or whose `__eq__` always answers True, does not pass), and values are
compared with tolerances, never with `==` on floats.
"""

import numpy as np
import torch


def expect_tensor(value, name: str, shape=None, dtype=None) -> None:
    """Fail unless `value` is a plain torch.Tensor with the given shape (None = any size) and dtype.

    Also rejects NaN and infinite entries, which always mean a bug in this course.
    """
    if type(value) is not torch.Tensor:
        raise AssertionError(f"{name} must be a torch.Tensor, but it is a {type(value).__name__}.")
    if shape is not None:
        expected = tuple(shape)
        actual = tuple(value.shape)
        if len(actual) != len(expected) or any(e is not None and a != e for a, e in zip(actual, expected)):
            wanted = "(" + ", ".join("any" if e is None else str(e) for e in expected) + ("," if len(expected) == 1 else "") + ")"
            raise AssertionError(f"{name} has shape {actual}, expected {wanted}.")
    if dtype is not None and value.dtype != dtype:
        raise AssertionError(f"{name} has dtype {value.dtype}, expected {dtype}.")
    if value.is_floating_point() and not torch.isfinite(value).all():
        raise AssertionError(f"{name} contains NaN or infinite values.")
    # Returns nothing on purpose: a value left as a check cell's last line would be read by nbgrader
    # as a partial-credit score.


def expect_close(actual, expected, name: str, hint: str = "", atol: float = 1e-5, rtol: float = 1e-4) -> None:
    """Fail unless `actual` matches `expected` within tolerance; `hint` names the likely mistake."""
    expect_tensor(actual, name)
    expected = torch.as_tensor(expected, dtype=actual.dtype)
    try:
        torch.testing.assert_close(actual, expected, atol=atol, rtol=rtol)
    except AssertionError as mismatch:
        detail = str(mismatch).strip().splitlines()
        summary = "; ".join(line.strip() for line in detail[:3])
        raise AssertionError(f"{name} is not what was expected. {hint}\n({summary})".replace(". \n", ".\n")) from None


def expect(condition, message: str) -> None:
    """Fail with `message` unless `condition` is truly True (a tensor must be a one-element True tensor)."""
    if isinstance(condition, torch.Tensor):
        condition = condition.numel() == 1 and bool(condition.item())
    elif isinstance(condition, np.bool_):
        condition = bool(condition)
    if condition is not True:
        raise AssertionError(message)


def passed(what: str) -> None:
    """Tell the student, on stdout, which check just passed."""
    print(f"passed: {what}")
