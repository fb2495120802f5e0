"""One source: the package's models, losses and batching are the model answers of the notebooks, statement for statement.

Notebooks 05-08 train and measure what vaecourse.models holds; students wrote the same classes in 02-04. This
test makes the two one: every definition listed below must be, in its notebook's solution cell and in the
package, the same code (the same abstract syntax tree: names, signatures, defaults, docstrings, statements;
comments and the nbgrader solution markers aside).
"""

import ast
import inspect
import re

import nbformat
import pytest
from conftest import ROOT

from vaecourse import models, training

TAUGHT = {
    "02_encoder": ["DenseEncoder", "ConvEncoder"],
    "03_decoder": ["DenseDecoder", "ConvDecoder"],
    "04_vae": ["reparameterize", "VAE", "kl_to_standard_normal", "bernoulli_reconstruction", "negative_elbo",
               "AutoEncoder", "AEClassifier", "ae_classifier_loss"],
    "05_training": ["iterate_minibatches"],
    "07_beta_study": ["kl_per_unit", "active_units"],
}


def solution_definitions(notebook: str) -> dict:
    """{name: ast node} of the top-level functions and classes of the notebook's solution cells."""
    path = ROOT / "solutions" / notebook / f"{notebook}.ipynb"
    found = {}
    for cell in nbformat.read(path, as_version=4).cells:
        if cell.cell_type == "code" and cell.metadata.get("nbgrader", {}).get("solution"):
            for node in ast.parse(cell.source).body:
                if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                    found[node.name] = node
    return found


@pytest.mark.parametrize("notebook, name", [(notebook, name) for notebook, names in TAUGHT.items() for name in names])
def test_the_package_holds_the_notebooks_own_code(notebook, name):
    taught = solution_definitions(notebook)
    assert name in taught, f"{notebook} no longer defines {name} in a solution cell"
    module = models if hasattr(models, name) else training
    shipped = ast.parse(inspect.getsource(getattr(module, name))).body[0]
    assert ast.dump(shipped) == ast.dump(taught[name]), (
        f"{module.__name__}.{name} differs from the model answer of {notebook}: copy one onto the other")


def test_a_changed_model_answer_is_told_apart():
    """The comparison is not blind: one changed constant in a copy of the answer is a difference."""
    taught = solution_definitions("04_vae")["reparameterize"]
    changed = ast.parse(ast.unparse(taught).replace("0.5", "0.25")).body[0]
    assert ast.dump(changed) != ast.dump(taught)
    assert ast.dump(ast.parse(ast.unparse(taught)).body[0]) == ast.dump(taught)


def test_every_class_the_later_notebooks_import_is_taught():
    """What 05-08 import from vaecourse.models is either written in 02-04/07 or a configuration of those
    classes (dense_vae, conv_vae, dense_autoencoder) or the reference digit classifier of 08."""
    taught = {name for names in TAUGHT.values() for name in names}
    configurations = {"dense_vae", "conv_vae", "dense_autoencoder", "DigitClassifier"}
    for notebook in ("04_vae", "05_training", "06_latent_space", "07_beta_study", "08_conditional_vae", "09_how_good"):
        path = ROOT / "solutions" / notebook / f"{notebook}.ipynb"
        for cell in nbformat.read(path, as_version=4).cells:
            if cell.cell_type != "code":
                continue
            for node in ast.walk(ast.parse(cell.source)):
                if isinstance(node, ast.ImportFrom) and node.module == "vaecourse.models":
                    imported = {alias.name for alias in node.names}
                    assert imported <= taught | configurations, (notebook, imported - taught - configurations)


def _statement_defaults() -> dict:
    """{name: {parameter: default}} of every graded function, every graded class's __init__ (under the class's name)
    and its other methods ("Class.method"), that has defaults in the solution notebooks (the statements' signatures)."""
    found = {}
    for path in sorted((ROOT / "solutions").glob("*/*.ipynb")):
        for name, node in solution_definitions(path.stem).items():
            functions = [(name, node)] if not isinstance(node, ast.ClassDef) else [
                (name if item.name == "__init__" else f"{name}.{item.name}", item)
                for item in node.body if isinstance(item, ast.FunctionDef)]
            for key, function in functions:
                if function.args.defaults:
                    names = [argument.arg for argument in function.args.args][-len(function.args.defaults):]
                    defaults = {k: ast.literal_eval(value) for k, value in zip(names, function.args.defaults)}
                    assert found.setdefault(key, defaults) == defaults, f"{key} has two signatures in the solutions"
    return found


def test_the_checks_know_every_default_of_the_statements_signatures():
    """A student's changed default (hidden=(256,), beta=0.5) is charged by expect_defaults, which reads the
    statements' defaults from checks.STATEMENT_DEFAULTS: that table must be the solutions' signatures."""
    from vaecourse import checks

    assert checks.STATEMENT_DEFAULTS == _statement_defaults()
    sources = "".join(path.read_text() for path in (ROOT / "vaecourse" / "checks").glob("*.py"))
    unchecked = [name for name in checks.STATEMENT_DEFAULTS if not re.search(rf'expect_defaults\([\w.]+, "{name}"\)', sources)]
    assert not unchecked, f"no check calls expect_defaults for {unchecked}"
