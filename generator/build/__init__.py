"""A validated spec -> the intermediate model (`generator.ir.Api`), in stages that each return
finished values:

    spec --credentials.py, servers.py--> who the client is and where it sends
         --operations.py (media.py)----> Operations: parameters, bodies, responses
         --webhooks.py-----------------> Webhooks: requests the API sends
         --pagination.py---------------> which list operations are paged
         --tree.py---------------------> the resource tree, drafts
         --names.py--------------------> Resources with their classes, modules and Methods
"""

from __future__ import annotations

from dataclasses import replace

from generator import walk
from generator.build import names, pagination, project, servers, tree, webhooks
from generator.build.credentials import credentials as client_credentials
from generator.build.operations import operations as spec_operations
from generator.errors import Problem
from generator.ir import Api
from generator.load import Spec
from generator.schemas import SchemaConverter


def build(spec: Spec, package: str) -> Api:
    problems: list[Problem] = []
    converter = SchemaConverter(spec, problems)
    data = spec.data
    info = data.get("info") or {}
    credentials = client_credentials(data, problems, spec)
    base_url, variables = servers.server(data)
    walked = list(walk.operations(spec))
    found = spec_operations(spec, converter, walked, credentials, problems, base_url)
    hooks = webhooks.webhooks(spec, converter, walked, problems)
    models = {m.ref: m for m in converter.models.values()}  # every schema is converted by now
    found = [replace(o, pagination=pagination.pagination(o, models)) for o in found]
    paged = {m.class_name for m in models.values() if pagination.holds_items(m, models)}
    classes = {m.class_name for m in converter.models.values()} | {e.class_name for e in converter.enums.values()}
    drafts = tree.resource_tree(found, credentials, problems, spec, servers.server_path(base_url, variables))
    named = names.resources(drafts, classes, paged)
    return Api(
        package=package,
        title=str(info.get("title") or package),
        description=str(info.get("description") or "").strip(),
        version=str(info.get("version") or "0.0.0"),
        base_url=base_url,
        server_variables=variables,
        credentials=credentials,
        resources=named.resources,
        hoisted=named.hoisted,
        models=sorted(converter.models.values(), key=lambda m: m.class_name),
        enums=sorted(converter.enums.values(), key=lambda e: e.class_name),
        # In the spec's order; the tree left the others out, saying why.
        operations=[named.operations[id(o)] for o in found if id(o) in named.operations],
        problems=problems,
        distribution=package.replace("_", "-"),
        project=project.project(info, data, str(info.get("title") or package)),
        webhooks=hooks,
    )
