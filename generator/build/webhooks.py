"""Requests the API sends (3.1's `webhooks`, an operation's `callbacks`) -> `Webhook`s."""

from __future__ import annotations

from generator import walk
from generator.build.media import FORM, MULTIPART, media_example, pick_media
from generator.errors import Level, Problem
from generator.ir import Webhook
from generator.load import Resolved, Spec, join_pointer
from generator.naming import pascal, snake, unique
from generator.schemas import SchemaConverter
from generator.walk import HTTP_METHODS, child


def webhooks(spec: Spec, converter: SchemaConverter, walked: list[walk.OperationNode], problems: list[Problem]) -> list[Webhook]:
    """The requests the API sends: 3.1's `webhooks` and each operation's `callbacks`, each with a body
    to decode. One without a body has nothing to decode, and is said so."""
    found: list[tuple[str, str, Resolved]] = []  # (event, method, operation)
    hooks = spec.resolve(spec.at("/webhooks")).value if "webhooks" in spec.data else {}
    for name in hooks if isinstance(hooks, dict) else {}:
        found += _incoming(spec, str(name), spec.resolve(spec.at(join_pointer("webhooks", name))))
    for operation in walked:
        callbacks = operation.value.get("callbacks")
        for name in callbacks if isinstance(callbacks, dict) else {}:
            callback = spec.resolve(child(operation.node, "callbacks", name))
            for expression in callback.value if isinstance(callback.value, dict) else {}:
                found += _incoming(spec, f"{name} {expression}", spec.resolve(child(callback, expression)))
    names = unique((f"{event} {method}", "parse_" + snake(event if sum(e == event for e, _, _ in found) == 1 else f"{event} {method}")) for event, method, _ in found)
    webhooks = []
    for event, method, node in found:
        body = spec.resolve(child(node, "requestBody")) if "requestBody" in node.value else None
        content = body.value.get("content") if body is not None and isinstance(body.value.get("content"), dict) else {}
        media = pick_media(content)
        if body is None or media is None or media == MULTIPART or "schema" not in (content.get(media) or {}):
            problems.append(Problem(Level.WARNING, f"webhook {event!r} ({method.upper()}) has no JSON or form body to decode; no function for it", node.location))
            continue
        schema = child(body, "content", media, "schema")
        payload = converter.type_of(schema, pascal(event) + "Payload")
        description = str(node.value.get("summary") or node.value.get("description") or "").strip()
        example = media_example(spec, child(body, "content", media))
        webhooks.append(Webhook(names[f"{event} {method}"], event, method.upper(), description, payload, media == FORM, example))
    return webhooks


def _incoming(spec: Spec, event: str, item: Resolved) -> list[tuple[str, str, Resolved]]:
    """(event, method, operation) of each operation of a path item the API calls."""
    if not isinstance(item.value, dict):
        return []
    return [
        (event, method, child(item, method))
        for method in HTTP_METHODS
        if isinstance(item.value.get(method), dict)
    ]
