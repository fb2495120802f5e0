"""The check helpers fail on what they exist to catch, even after a submission patched torch."""

import numpy as np
import pytest
import torch

from vaecourse import checks


class AlwaysEqual(torch.Tensor):
    """A tensor subclass whose comparisons always say yes: the classic `__eq__` cheat."""

    def __eq__(self, other):
        return True


def test_expect_tensor_names_type_shape_dtype_and_nan():
    with pytest.raises(AssertionError, match="must be a torch.Tensor, but it is a list"):
        checks.expect_tensor([1.0], "z")
    with pytest.raises(AssertionError, match=r"has shape \(2, 3\), expected \(any, 4\)"):
        checks.expect_tensor(torch.zeros(2, 3), "z", shape=(None, 4))
    with pytest.raises(AssertionError, match="has dtype torch.float64, expected torch.float32"):
        checks.expect_tensor(torch.zeros(2, dtype=torch.float64), "z", dtype=torch.float32)
    with pytest.raises(AssertionError, match="NaN or infinite"):
        checks.expect_tensor(torch.tensor([1.0, float("nan")]), "z")
    with pytest.raises(AssertionError, match="must be a torch.Tensor, but it is a AlwaysEqual"):
        checks.expect_tensor(torch.zeros(2).as_subclass(AlwaysEqual), "z")
    assert checks.expect_tensor(torch.zeros(2, 4), "z", shape=(None, 4), dtype=torch.float32) is None


def test_expect_accepts_only_a_true_condition():
    for fooled in (1, "yes", [True], torch.tensor([True, True]), np.array([True])):
        with pytest.raises(AssertionError, match="the message"):
            checks.expect(fooled, "the message")
    for truth in (True, torch.tensor(True), np.bool_(True)):
        checks.expect(truth, "never shown")


def test_expect_close_with_a_hint():
    checks.expect_close(torch.tensor([1.0, 2.0]), [1.0, 2.0 + 1e-7], "x")
    with pytest.raises(AssertionError, match="x is not what was expected. Did you forget the 0.5?"):
        checks.expect_close(torch.tensor([1.0, 2.0]), [0.5, 1.0], "x", "Did you forget the 0.5?")


def test_same_state_is_false_not_an_error_for_another_shape_or_dtype():
    reference = {"weight": torch.ones(2, 3)}
    assert checks.same_state({"weight": torch.ones(2, 3) + 1e-7}, reference)
    assert not checks.same_state({"weight": torch.ones(2, 3, dtype=torch.float64)}, reference)
    assert not checks.same_state({"weight": torch.ones(1, 3)}, reference)  # allclose would broadcast it
    assert not checks.same_state({"weight": torch.ones(3, 2)}, reference)  # allclose would raise
    assert not checks.same_state({"weight": torch.ones(2, 3), "bias": torch.ones(2)}, reference)


def test_following_the_global_random_state_says_which_half_failed():
    """Two draws after torch.manual_seed(5) must be equal and one after torch.manual_seed(6) another: the message says
    which of the two a failure broke, and by how much the repeated draws differed."""
    own = torch.Generator().manual_seed(1)
    checks.expect_follows_global_random(None, lambda: torch.rand(3), "rand", "hint")
    with pytest.raises(AssertionError, match=r"hint \(Here the two runs after torch.manual_seed\(5\) differed, by up to"):
        checks.expect_follows_global_random(None, lambda: torch.rand(3, generator=own), "rand", "hint")
    with pytest.raises(AssertionError, match=r"hint \(Here torch.manual_seed\(6\) gave what torch.manual_seed\(5\) gave"):
        checks.expect_follows_global_random(None, lambda: torch.ones(3), "ones", "hint")


def test_checks_still_fail_after_torch_is_patched(monkeypatch):
    monkeypatch.setattr(torch.testing, "assert_close", lambda *args, **kwargs: None)
    monkeypatch.setattr(torch, "isfinite", lambda value: torch.ones_like(value, dtype=torch.bool))
    monkeypatch.setattr(torch, "Tensor", AlwaysEqual)
    with pytest.raises(AssertionError, match="is not what was expected"):
        checks.expect_close(torch.ones(3), torch.zeros(3), "x")
    with pytest.raises(AssertionError, match="NaN or infinite"):
        checks.expect_tensor(torch.tensor([float("inf")]), "x")
    with pytest.raises(AssertionError, match="must be a torch.Tensor"):
        checks.expect_tensor([0.0], "x")


def test_spy_records_mode_gradients_batch_size_and_shape_and_passes_the_output_through():
    inner = torch.nn.Linear(3, 2)
    spy = checks.Spy(inner)
    x = torch.randn(5, 3)
    torch.testing.assert_close(spy(x), inner(x))
    spy.eval()
    with torch.no_grad():
        spy(x[:2])
    assert spy.calls == [{"training": True, "grad": True, "batch": 5, "shape": (5, 3)},
                         {"training": False, "grad": False, "batch": 2, "shape": (2, 3)}]


def test_an_activation_between_two_layers_is_any_nonlinear_function_of_the_values_not_an_affine_one():
    out = torch.randn(4, 3, 5, 5, generator=torch.Generator().manual_seed(0))
    before = ("conv", "Conv2d", None, out)
    for activation in (torch.relu, torch.nn.functional.leaky_relu, torch.nn.functional.gelu, torch.nn.functional.elu):
        checks.expect_activation_between(before, ("fc", "Linear", activation(out).flatten(1), None), "hint")
    for affine in (out.flatten(1), 2 * out.flatten(1) + 1):
        with pytest.raises(AssertionError, match="no activation between `conv` \\(Conv2d\\) and `fc` \\(Linear\\)"):
            checks.expect_activation_between(before, ("fc", "Linear", affine, None), "hint")
    with pytest.raises(AssertionError, match="only an activation"):
        checks.expect_activation_between(before, ("fc", "Linear", torch.relu(out)[:, :, :4].flatten(1), None), "hint")


def test_a_correct_encoder_whose_fresh_heads_give_no_negative_logvar_or_one_signed_mu_keeps_its_points():
    """About one weight draw in 256 gives a fresh head no negative output: that is chance, not an activation on
    the head, as long as the outputs are the heads' own. exp on such a head still fails."""
    from vaecourse.checks.encoder import dense_heads
    from vaecourse.models import DenseEncoder

    class Shifted(DenseEncoder):  # a correct encoder whose heads start far from 0
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            with torch.no_grad():
                self.mu_head.bias.fill_(50.0)
                self.logvar_head.bias.fill_(50.0)

    dense_heads(Shifted)

    class Exponentiated(Shifted):
        def forward(self, x):
            mu, logvar = super().forward(x)
            return mu, logvar.exp()

    with pytest.raises(AssertionError, match="must be free to be negative"):
        dense_heads(Exponentiated)
