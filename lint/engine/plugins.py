"""The plugin manager: hook specs, the built-in rules, third-party rules.

Every rule, built-in or not, is a pluggy plugin registered under its code.
Set ``GOVLINT_NO_PLUGINS=1`` to load the built-in rules only.
"""

from __future__ import annotations

import importlib
import inspect
import os
import re
import types
import weakref
from dataclasses import dataclass

import pluggy

from govlint.engine import hookspecs
from govlint.engine.discovery import entry_points

ENTRY_POINT_GROUP = "govlint"
CODE_RE = re.compile(r"^[SDTPWLX][0-9]{3}$")
NAME_RE = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")


# where each manager's rules came from ("builtin" or a distribution), for `govlint rules`;
# kept beside the manager, not written onto the plugin modules
_ORIGINS: "weakref.WeakKeyDictionary[pluggy.PluginManager, dict[str, str]]" = weakref.WeakKeyDictionary()
# the plugins each manager left out, with the reason
_ERRORS: "weakref.WeakKeyDictionary[pluggy.PluginManager, list[PluginError]]" = weakref.WeakKeyDictionary()


class PluginError(Exception):
    """A rule plugin that cannot be loaded or does not declare itself properly."""


@dataclass(frozen=True)
class RuleInfo:
    """A registered rule as users see it: code, name, default severity, documentation and where
    it comes from."""

    code: str
    name: str
    severity: str
    doc: str
    plugin: object
    origin: str      # "builtin" or the distribution that provides it

    @property
    def summary(self) -> str:
        return (self.doc.strip().splitlines() or [""])[0]

    def documentation(self, lang: str = "zh") -> str:
        """What ``govlint rule CODE`` prints: a heading line, then the docstring."""
        head = (f"{self.code} {self.name} (default severity: {self.severity})" if lang == "en"
                else f"{self.code} {self.name}（默认级别：{self.severity}）")
        return f"{head}\n\n{inspect.cleandoc(self.doc).strip()}"


def rule_info(plugin, origin: str) -> RuleInfo:
    """Read and check a plugin's rule metadata."""
    label = getattr(plugin, "__name__", None) or repr(plugin)
    code = getattr(plugin, "CODE", None)
    name = getattr(plugin, "NAME", None)
    severity = getattr(plugin, "SEVERITY", None)
    if not isinstance(code, str) or not CODE_RE.match(code):
        raise PluginError(f"{label}: CODE must be a family letter (S D T P W L X) and three digits, got {code!r}")
    if not isinstance(name, str) or not NAME_RE.match(name):
        raise PluginError(f"{label}: NAME must be kebab-case, got {name!r}")
    if severity not in ("error", "warning", "info"):
        raise PluginError(f"{label}: SEVERITY must be error, warning or info, got {severity!r}")
    return RuleInfo(code, name, severity, plugin.__doc__ or "", plugin, origin)


_INFO: "weakref.WeakKeyDictionary[object, RuleInfo]" = weakref.WeakKeyDictionary()


def checked_info(plugin) -> RuleInfo:
    """:func:`rule_info` of a registered plugin (its origin left blank), read once per
    plugin: the engine asks for each rule's code and severity on every report."""
    try:
        found = _INFO.get(plugin)
        if found is None:
            found = _INFO[plugin] = rule_info(plugin, "")
    except TypeError:       # a plugin that cannot be weakly referenced or hashed: read each time
        return rule_info(plugin, "")
    return found


class _Manager(pluggy.PluginManager):
    """pluggy's manager, looking for hook implementations in a rule module's own names
    only among its functions (a module's other names — its imports, its patterns — are
    passed over without the descriptor-safe lookup pluggy makes for each)."""

    def parse_hookimpl_opts(self, plugin, name):
        if isinstance(plugin, types.ModuleType):
            value = vars(plugin).get(name)
            if not (isinstance(value, (types.FunctionType, types.MethodType))
                    and hasattr(value, self.project_name + "_impl")):
                return None
        return super().parse_hookimpl_opts(plugin, name)


def _builtin_modules():
    """The modules of the built-in rules, in the order of their codes."""
    from govlint.rules import BUILTIN_RULES

    modules = [importlib.import_module(f"govlint.rules.{name}") for name in BUILTIN_RULES]
    return sorted(modules, key=lambda module: str(getattr(module, "CODE", "")))


def get_plugin_manager(load_entry_points: bool | None = None) -> pluggy.PluginManager:
    """A plugin manager holding the hook specs, the built-in rules and, unless
    disabled, the rules of the entry-point group ``govlint``.

    A third-party plugin that cannot be loaded or registered (it fails to import,
    declares itself wrongly, takes a hook argument that does not exist, implements a
    misspelt hook) is left out and its error kept: :func:`plugin_errors` gives them,
    and the CLI prints them and exits 2 after checking with the other rules."""
    pm = _Manager("govlint")
    pm.add_hookspecs(hookspecs)
    for module in _builtin_modules():
        _register(pm, module, "builtin")
    if load_entry_points is None:
        load_entry_points = os.environ.get("GOVLINT_NO_PLUGINS", "") in ("", "0")
    errors = _ERRORS.setdefault(pm, [])
    if load_entry_points:
        for entry_point in entry_points(ENTRY_POINT_GROUP):
            try:
                plugin = entry_point.load()
            except Exception as exc:  # a broken plugin is a clear error, never a silent pass
                errors.append(PluginError(f"cannot load govlint plugin {entry_point.name!r} "
                                          f"({entry_point.value}): {type(exc).__name__}: {exc}"))
                continue
            dist = entry_point.dist
            try:
                _register(pm, plugin, dist)
            except PluginError as exc:
                errors.append(PluginError(f"govlint plugin {entry_point.name!r} ({dist}) left out: {exc}"))
    pm.check_pending()
    return pm


def plugin_errors(pm: pluggy.PluginManager) -> list[PluginError]:
    """The plugins :func:`get_plugin_manager` had to leave out, and why."""
    return list(_ERRORS.get(pm, ()))


def _register(pm: pluggy.PluginManager, plugin, origin: str) -> None:
    info = rule_info(plugin, origin)
    if pm.get_plugin(info.code) is not None:
        other = pm.get_plugin(info.code)
        raise PluginError(f"rule code {info.code} is declared twice: {getattr(other, '__name__', other)} "
                          f"and {getattr(plugin, '__name__', plugin)}")
    try:
        pm.register(plugin, name=info.code)
    except pluggy.PluginValidationError as exc:   # a hook argument the hook does not have
        raise PluginError(f"{info.code}: {exc}") from None
    unknown = [caller.name for caller in pm.get_hookcallers(plugin) or () if not caller.has_spec()]
    if unknown:                                     # a misspelt hook would never be called
        pm.unregister(plugin)
        raise PluginError(f"{info.code}: no such hook {', '.join(unknown)} "
                          f"(the hooks are {', '.join(_hook_names())})")
    _ORIGINS.setdefault(pm, {})[info.code] = origin


def _hook_names() -> list[str]:
    return sorted(name for name in dir(hookspecs) if name.startswith("govlint_"))


def rules(pm: pluggy.PluginManager) -> list[RuleInfo]:
    """Every registered rule, sorted by code."""
    found = []
    for name, plugin in pm.list_name_plugin():
        if plugin is None or not CODE_RE.match(name or ""):
            continue
        found.append(rule_info(plugin, _ORIGINS.get(pm, {}).get(name, "registered")))
    return sorted(found, key=lambda info: info.code)
