"""What a deprivation rule is: its name, the thresholds and facts it reads, how it decides and how it says why.

A rule of the library is built with :func:`rule` from a frozen attrs *parameters class*: its fields are the
threshold keys the rule reads, typed, and an indicator builds one instance from its threshold values when it is
made, so that the rule's functions read ``params.min_age`` rather than a string key. A rule a user builds directly
as :class:`Rule` without a parameters class reads the values dict itself.

No module of :mod:`giamngheo.rules` imports :mod:`giamngheo._model` at run time (only for type checking), since
:mod:`giamngheo._model` imports :class:`Rule` from the package.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final, TypeVar

import attrs

if TYPE_CHECKING:
    from giamngheo.rules import Context

__all__ = ["DEPRIVED", "NOT_DEPRIVED", "UNDETERMINED", "NoParams", "Raw", "Rule", "rule"]

# Raw results: (code, culprits, missing). Codes are small ints so that the hot path compares ints.
DEPRIVED: Final = 1
NOT_DEPRIVED: Final = 0
UNDETERMINED: Final = 2
Raw = tuple[int, tuple[int, ...], tuple[str, ...]]


@attrs.frozen
class Rule:
    """A kind of deprivation test (the library's rules are in :mod:`giamngheo.rules`).

    The functions take the rule's *parameters*: an instance of :attr:`params` built from the indicator's threshold
    values (see :meth:`parameters`), or the values dict itself for a rule without a parameters class.

    Attributes:
        name: Stable name, used in JSON documents (``"member_without_health_insurance"``).
        keys: The threshold keys it reads from its indicator.
        reads: The facts it reads, as field names (``"members.has_health_insurance"``), for the docs.
        evaluate: ``(params, context) -> (code, culprits, missing)``.
        describe: ``(params, context, raw, lang) -> str``: why a decided result (deprived or not) is so, in
            words; an undetermined one is described by the fields it still needs.
        bind: ``(params) -> (context -> raw)``: ``evaluate`` with the parameters bound once, when the indicator
            is built (a faster equivalent where one is given).
        params: The parameters class, called with the threshold values by key; ``None``: the values dict.
        vectorised: The numpy twin :mod:`giamngheo.batch` registers on the rule (``None`` until
            ``giamngheo.batch`` is imported, and for a rule of one's own).
    """

    name: str
    keys: tuple[str, ...]
    reads: tuple[str, ...]
    evaluate: Callable[[Any, Context], Raw] = attrs.field(repr=False)
    describe: Callable[[Any, Context, Raw, str], str] = attrs.field(repr=False)
    bind: Callable[[Any], Callable[[Context], Raw]] | None = attrs.field(default=None, repr=False)
    params: Callable[..., Any] | None = attrs.field(default=None, repr=False)
    vectorised: Callable[..., Any] | None = attrs.field(default=None, init=False, repr=False, eq=False)

    def parameters(self, values: Mapping[str, Any]) -> Any:  # noqa: ANN401 - an instance of the rule's own class
        """The parameters the rule's functions take, built from an indicator's threshold values by key."""
        if self.params is None:
            return values
        return self.params(**{key: values[key] for key in self.keys})

    def bound(self, values: Mapping[str, Any]) -> Callable[[Context], Raw]:
        """``evaluate`` with the parameters of ``values`` bound."""
        return self.bound_to(self.parameters(values))

    def bound_to(self, params: object) -> Callable[[Context], Raw]:
        """``evaluate`` with ``params`` (built by :meth:`parameters`) bound."""
        if self.bind is not None:
            return self.bind(params)
        return functools.partial(self.evaluate, params)


@attrs.frozen
class NoParams:
    """The parameters of a rule that compares with no threshold."""


P = TypeVar("P", bound=attrs.AttrsInstance)


def rule(  # noqa: PLR0917 - the parts of one rule, in the order a reader needs them
    name: str,
    params: type[P],
    reads: tuple[str, ...],
    evaluate: Callable[[P, Context], Raw],
    describe: Callable[[P, Context, Raw, str], str],
    bind: Callable[[P], Callable[[Context], Raw]] | None = None,
) -> Rule:
    """A rule whose functions take ``params``, an attrs class whose fields are the threshold keys it reads."""
    keys = tuple(field.name for field in attrs.fields(params))
    return Rule(name, keys, reads, evaluate, describe, bind, params)
