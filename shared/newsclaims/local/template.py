"""Reading template.yaml: CloudFormation short tags, SAM Globals, and the intrinsic functions
the stack uses (Ref, Fn::GetAtt, Fn::Sub, Fn::If, Fn::Join, Fn::Select, Fn::Equals, Fn::Not).

The local runtime builds the stack from this reading, so the template is the one list of
resources: a queue, table or variable added there exists locally too.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

_SHORT_TAGS = {
    "Ref": "Ref", "GetAtt": "Fn::GetAtt", "Sub": "Fn::Sub", "If": "Fn::If", "Join": "Fn::Join",
    "Select": "Fn::Select", "Split": "Fn::Split", "Equals": "Fn::Equals", "Not": "Fn::Not",
    "And": "Fn::And", "Or": "Fn::Or", "Condition": "Condition", "FindInMap": "Fn::FindInMap",
    "ImportValue": "Fn::ImportValue", "GetAZs": "Fn::GetAZs", "Base64": "Fn::Base64",
    "Cidr": "Fn::Cidr", "ToJsonString": "Fn::ToJsonString", "Length": "Fn::Length",
}


class _Loader(yaml.SafeLoader):
    pass


def _construct(tag: str) -> Callable[[yaml.Loader, yaml.Node], dict[str, Any]]:
    def construct(loader: yaml.Loader, node: yaml.Node) -> dict[str, Any]:
        if isinstance(node, yaml.ScalarNode):
            value: Any = loader.construct_scalar(node)
            if tag == "Fn::GetAtt" and isinstance(value, str):
                value = value.split(".", 1)
        elif isinstance(node, yaml.SequenceNode):
            value = loader.construct_sequence(node, deep=True)
        else:
            value = loader.construct_mapping(node, deep=True)
        return {tag: value}

    return construct


for _short, _long in _SHORT_TAGS.items():
    _Loader.add_constructor(f"!{_short}", _construct(_long))


def load_template(path: str | Path) -> dict[str, Any]:
    """The template as plain data, short tags turned into their long `Fn::` form."""
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_Loader)


@dataclass
class Resolver:
    """Evaluates intrinsic functions against parameters, pseudo parameters and resource values."""

    template: Mapping[str, Any]
    parameters: dict[str, Any] = field(default_factory=dict)
    refs: dict[str, Any] = field(default_factory=dict)  # logical id -> Ref value
    attributes: dict[tuple[str, str], Any] = field(default_factory=dict)  # (logical id, attr) -> value
    region: str = "us-east-1"
    account: str = "123456789012"
    stack_name: str = "newsclaims"

    def __post_init__(self) -> None:
        defaults = {name: spec.get("Default") for name, spec in self.template.get("Parameters", {}).items()}
        self.parameters = {**defaults, **self.parameters}

    def pseudo(self) -> dict[str, Any]:
        return {"AWS::Region": self.region, "AWS::AccountId": self.account, "AWS::StackName": self.stack_name,
                "AWS::Partition": "aws", "AWS::URLSuffix": "amazonaws.com", "AWS::NoValue": None,
                "AWS::StackId": f"arn:aws:cloudformation:{self.region}:{self.account}:stack/{self.stack_name}/local"}

    def ref(self, name: str) -> Any:
        pseudo = self.pseudo()
        if name in pseudo:
            return pseudo[name]
        if name in self.parameters:
            return self.parameters[name]
        if name in self.refs:
            return self.refs[name]
        raise KeyError(f"cannot resolve Ref {name!r} locally")

    def condition(self, name: str) -> bool:
        return bool(self.resolve(self.template.get("Conditions", {})[name]))

    def resolve(self, value: Any) -> Any:
        if isinstance(value, list):
            return [self.resolve(v) for v in value]
        if not isinstance(value, dict):
            return value
        if len(value) == 1:
            (key, arg), = value.items()
            if key == "Ref":
                return self.ref(arg)
            if key == "Fn::GetAtt":
                logical, attribute = arg if isinstance(arg, list) else arg.split(".", 1)
                if (logical, attribute) not in self.attributes:
                    raise KeyError(f"cannot resolve Fn::GetAtt {logical}.{attribute} locally")
                return self.attributes[(logical, attribute)]
            if key == "Fn::Sub":
                return self._sub(arg)
            if key == "Fn::If":
                name, yes, no = arg
                return self.resolve(yes if self.condition(name) else no)
            if key == "Fn::Equals":
                left, right = self.resolve(arg)
                return str(left) == str(right)
            if key == "Fn::Not":
                return not self.resolve(arg[0])
            if key == "Fn::And":
                return all(self.resolve(arg))
            if key == "Fn::Or":
                return any(self.resolve(arg))
            if key == "Condition":
                return self.condition(arg)
            if key == "Fn::Join":
                sep, items = arg
                return sep.join(str(i) for i in self.resolve(items))
            if key == "Fn::Select":
                index, items = self.resolve(arg)
                return items[int(index)]
            if key == "Fn::FindInMap":
                mapping, first, second = self.resolve(arg)
                return self.template["Mappings"][mapping][first][second]
            if key == "Fn::Split":
                sep, text = self.resolve(arg)
                return text.split(sep)
        return {k: self.resolve(v) for k, v in value.items()}

    def _sub(self, arg: Any) -> str:
        template, variables = (arg, {}) if isinstance(arg, str) else (arg[0], self.resolve(arg[1]))

        def replace(match: re.Match[str]) -> str:
            name = match.group(1)
            if name.startswith("!"):
                return "${" + name[1:] + "}"
            if name in variables:
                return str(variables[name])
            if "." in name:
                return str(self.resolve({"Fn::GetAtt": name.split(".", 1)}))
            return str(self.ref(name))

        return re.sub(r"\$\{([^}]+)\}", replace, template)


def merged_function_properties(template: Mapping[str, Any], logical_id: str) -> dict[str, Any]:
    """A function's properties with SAM `Globals.Function` applied (maps merged, the rest overridden)."""
    globals_ = copy.deepcopy(template.get("Globals", {}).get("Function", {}))
    props = copy.deepcopy(template["Resources"][logical_id].get("Properties", {}))
    merged = dict(globals_)
    for key, value in props.items():
        if key == "Environment" and "Environment" in merged:
            merged["Environment"] = {"Variables": {**merged["Environment"].get("Variables", {}),
                                                   **value.get("Variables", {})}}
        elif isinstance(value, list) and isinstance(merged.get(key), list) and key in {"Layers"}:
            merged[key] = merged[key] + value
        else:
            merged[key] = value
    return merged
