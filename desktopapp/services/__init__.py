"""Use cases both faces share: the tray and the ``creditfuel`` CLI call these, never the
store or the domain's computations directly, so one question has one answer.

Each module is one use case and the only place that decides which events, which window,
which zone and which settings its question uses. JSON shapes scripts rely on live here.
"""
