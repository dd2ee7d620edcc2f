"""Validation problems as codes with parameters; the CLI and the UI word them."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Problem:
    code: str
    params: dict[str, str] = field(default_factory=dict)


class InvalidInput(ValueError):
    """Raised by validators; carries every problem found so none is hidden."""

    def __init__(self, *problems: Problem) -> None:
        super().__init__(", ".join(p.code for p in problems))
        self.problems = problems
