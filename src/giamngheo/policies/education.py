"""Placeholder: the policies of this module are not encoded yet."""

from __future__ import annotations

from giamngheo._policy import Policy

__all__ = ["POLICIES"]

POLICIES: tuple[Policy, ...] = ()
