#!/usr/bin/env python3
"""Writes the operations' declarations from the service model.

    python3 operations/codegen/generate.py models/partnercentral-account/service-2.json && cargo fmt --all

It produced `shapes/src/enums.rs` and `shapes/src/shapes.rs` (the shared shapes crate), one
crate per operation family (`invitations/src/operations.rs`, ...: the family's operations
and their outputs, and `paginators.rs` for those that page) and the facade's by-name listing (`src/listing.rs`): plain
`#[aws_operation]` / `#[aws_shape]` declarations, the form a user writes by hand. They are
checked in and may be edited by hand; `tests/model.rs` in the tests crate holds them to the
model (names, wire names, required members, tokens, sensitive members, errors, outputs), so
a declaration and the model cannot drift apart unnoticed. The modeled exceptions
(`shapes/src/errors.rs`) are written by hand.

One crate per family, so that touching one operation recompiles a few operations, not 34
(bench/RESULTS.md, "The rebuild").
"""
import json
import re
import sys
from pathlib import Path

HEADER = "// Written by operations/codegen/generate.py from the service model; edit freely,\n// tests/model.rs keeps these declarations and the model in agreement.\n"

FAMILIES = [
    ("invitations", "Connection invitations: create, get, list, accept, reject, cancel.", lambda n: "ConnectionInvitation" in n),
    ("connections", "Connections and connection preferences.", lambda n: "Connection" in n),
    ("qualifications", "Qualification association and disassociation tasks.", lambda n: "Qualifications" in n),
    ("verification", "Account verification and email verification codes.", lambda n: "Verification" in n),
    ("tags", "Tags on the resources the service issues.", lambda n: "Tag" in n or n.startswith("Untag")),
    ("partners", "Partners, partner profiles, profile update tasks, visibility, alliance lead contact and training email domains.", lambda n: True),
]


def snake(name):
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def pascal(snake_name):
    return "".join(part[:1].upper() + part[1:] for part in snake_name.split("_") if part)


def variant(value):
    return "".join(part[:1].upper() + part[1:].lower() for part in re.split(r"[^A-Za-z0-9]+", value) if part)


def sentence(html):
    text = re.sub(r"<[^>]+>", "", html or "")
    text = re.sub(r"\s+", " ", text).strip()
    match = re.match(r"(.+?\.)(\s|$)", text)
    return (match.group(1) if match else text).replace("[", "\\[").replace("]", "\\]")


def main(model_path, out_dir):
    model = json.loads(Path(model_path).read_text())
    shapes, operations = model["shapes"], model["operations"]
    exceptions = {n for n, s in shapes.items() if s.get("exception")}
    inputs = {op["input"]["shape"] for op in operations.values()}

    def rust_type(name):
        s = shapes[name]
        t = s["type"]
        if t == "string":
            if "enum" in s:
                return name
            return "Sensitive<String>" if s.get("sensitive") else "String"
        if t == "timestamp":
            return "DateTime"
        if t == "integer":
            return "i32"
        if t == "long":
            return "i64"
        if t == "boolean":
            return "bool"
        if t == "list":
            return f"Vec<{rust_type(s['member']['shape'])}>"
        if t == "map":
            return f"BTreeMap<{rust_type(s['key']['shape'])}, {rust_type(s['value']['shape'])}>"
        return name

    def constraints(name):
        s = shapes[name]
        args = []
        if s["type"] in ("string", "list", "map") and "enum" not in s and ("min" in s or "max" in s):
            bounds = ", ".join(f"{k} = {s[k]}" for k in ("min", "max") if k in s)
            args.append(f"length({bounds})")
        if s["type"] in ("integer", "long") and ("min" in s or "max" in s):
            bounds = ", ".join(f"{k} = {s[k]}" for k in ("min", "max") if k in s)
            args.append(f"range({bounds})")
        if "pattern" in s:
            args.append("pattern = " + json.dumps(s["pattern"]))
        return args

    # every structure, union and enum reachable from the operations (not from exceptions only)
    reachable, order = set(), []

    def visit(name):
        if name in reachable:
            return
        reachable.add(name)
        s = shapes[name]
        for member in s.get("members", {}).values():
            visit(member["shape"])
        for key in ("member", "key", "value"):
            if key in s:
                visit(s[key]["shape"])
        order.append(name)

    for op in operations.values():
        visit(op["input"]["shape"])
        visit(op["output"]["shape"])

    def fields(struct_name, indent="    "):
        s = shapes[struct_name]
        required = set(s.get("required", []))
        lines = []
        for member, spec in s["members"].items():
            field = snake(member)
            ty = rust_type(spec["shape"])
            args = []
            if pascal(field) != member:
                args.append(f"rename = {json.dumps(member)}")
            if spec.get("idempotencyToken"):
                args.append("idempotency_token")
                ty = "Option<String>"
            elif member not in required:
                ty = f"Option<{ty}>"
            args += constraints(spec["shape"])
            # the model's words first: tools (the CLI's help) show the first paragraph only;
            # what the Rust type does goes in a paragraph of its own (a plain
            # field, not `Option`, is what says a member is required)
            lines.append(f"{indent}/// {sentence(spec.get('documentation'))}")
            notes = []
            if spec.get("idempotencyToken"):
                notes.append("Autofilled with a UUID when `None`.")
            if shapes[spec["shape"]].get("sensitive"):
                notes.append("Sensitive: redacted in `Debug`.")
            if notes:
                lines.append(f"{indent}///")
                lines.append(f"{indent}/// {' '.join(notes)}")
            if args:
                lines.append(f"{indent}#[aws({', '.join(args)})]")
            lines.append(f"{indent}pub {field}: {ty},")
        return "\n".join(lines)

    def uses(text, scope="crate"):
        names = []
        if "DateTime" in text:
            names.append("DateTime")
        if "Sensitive<" in text:
            names.append("Sensitive")
        line = "use awsop::{" + ", ".join(["aws_operation", "aws_shape"] if "#[aws_operation(" in text else ["aws_shape"]) + (", " if names else "") + ", ".join(names) + "};\n"
        if "BTreeMap<" in text:
            line = "use std::collections::BTreeMap;\n\n" + line
        return line + "\nuse " + scope + "::*;\n"

    out = Path(out_dir)
    shapes_dir = out / "shapes" / "src"
    # enums
    enum_text = [HEADER, "//! The model's string enums. A value the model does not list is kept (`Unknown`) when\n//! read and rejected by validation when sent.\n"]
    for name, s in shapes.items():
        if s["type"] == "string" and "enum" in s:
            enum_text.append(f"\nawsop::string_enum! {{\n    /// {sentence(s.get('documentation')) or name} (`{name}`)\n    pub enum {name} {{")
            for value in s["enum"]:
                enum_text.append(f"        {variant(value)} = {json.dumps(value)},")
            enum_text.append("    }\n}")
    (shapes_dir / "enums.rs").write_text("\n".join(enum_text) + "\n")

    # nested shapes and unions
    nested = [n for n in order if shapes[n]["type"] == "structure" and n not in inputs and n not in exceptions
              and not any(operations[o]["output"]["shape"] == n for o in operations)]
    shape_text = []
    for name in nested:
        s = shapes[name]
        doc = sentence(s.get("documentation")) or f"The `{name}` structure."
        if s.get("union"):
            shape_text.append(f"\nawsop::json_union! {{\n    /// {doc} A union: exactly one member is set.\n    pub enum {name} {{")
            for member, spec in s["members"].items():
                shape_text.append(f"        /// {sentence(spec.get('documentation'))}")
                shape_text.append(f"        {member}({rust_type(spec['shape'])}) = {json.dumps(member)},")
            shape_text.append("    }\n}")
        else:
            shape_text.append(f"\n/// {doc}\n#[aws_shape]\n#[derive(Debug, Clone, Default, PartialEq)]\npub struct {name} {{\n{fields(name)}\n}}")
    body = "\n".join(shape_text) + "\n"
    (shapes_dir / "shapes.rs").write_text(HEADER + "//! The model's structures and unions that operations take and return.\n\n" + uses(body) + body)

    pages = json.loads((Path(model_path).parent / "paginators-1.json").read_text())["pagination"]

    def member_of(struct_name, wire):
        """(field name, is optional, shape name) of a structure's member."""
        s = shapes[struct_name]
        return snake(wire), wire not in s.get("required", []), s["members"][wire]["shape"]

    def paginator(op_name):
        p = pages[op_name]
        op = operations[op_name]
        inp, outp = op["input"]["shape"], op["output"]["shape"]
        in_token, _, _ = member_of(inp, p["input_token"])
        out_token, token_optional, _ = member_of(outp, p["output_token"])
        result, result_optional, list_shape = member_of(outp, p["result_key"])
        item = rust_type(shapes[list_shape]["member"]["shape"])
        token = f"output.{out_token}.as_deref()" if token_optional else f"Some(output.{out_token}.as_str())"
        items = f"output.{result}.unwrap_or_default()" if result_optional else f"output.{result}"
        lines = [f"/// {op_name} pages by `{p['input_token']}`" + (f" and `{p['limit_key']}`." if "limit_key" in p else ": it has no limit key, the page size is the service's.")]
        lines += [
            f"impl awsop::Paginate for {op_name} {{",
            f"    type Item = {item};",
            "    fn set_next_token(&mut self, token: Option<String>) {",
            f"        self.{in_token} = token;",
            "    }",
        ]
        if "limit_key" in p:
            limit, _, _ = member_of(inp, p["limit_key"])
            lines += ["    fn set_page_size(&mut self, size: i32) {", f"        self.{limit} = Some(size);", "    }"]
        lines += [
            f"    fn next_token(output: &{outp}) -> Option<&str> {{",
            f"        {token}",
            "    }",
            f"    fn items(output: {outp}) -> Vec<{item}> {{",
            f"        {items}",
            "    }",
            "}",
        ]
        return "\n".join(lines) + "\n"

    # operations by family, one crate each
    families = {f[0]: [] for f in FAMILIES}
    for op_name in operations:
        family = next(f[0] for f in FAMILIES if f[2](op_name))
        families[family].append(op_name)
    listing, shape_listing = [], []
    for family, doc, _ in FAMILIES:
        parts, paged = [], []
        for op_name in families[family]:
            op = operations[op_name]
            errors = ",\n        ".join(e["shape"] for e in op.get("errors", []))
            output = op["output"]["shape"]
            args = f'    service = "partnercentral-account",\n    name = "{op_name}",'
            if output != f"{op_name}Response":
                args += f'\n    output = "{output}",'
            args += f"\n    errors(\n        {errors},\n    )"
            in_fields = fields(op["input"]["shape"])
            parts.append(
                f"/// {sentence(op.get('documentation'))}\n///\n/// Errors: [`{op_name}Error`].\n"
                f"#[aws_operation(\n{args}\n)]\n#[derive(Debug, Clone, Default, PartialEq)]\npub struct {op_name} {{\n{in_fields}\n}}\n"
            )
            out_shape = shapes[output]
            parts.append(
                f"/// The output of [`{op_name}`].\n#[aws_shape]\n#[derive(Debug, Clone, Default, PartialEq)]\npub struct {output} {{\n{fields(output)}\n}}\n"
            )
            if op_name in pages:
                paged.append(paginator(op_name))
            listing.append(op_name)
            shape_listing.append(output)
        body = "\n".join(parts)
        src = out / family / "src"
        mods = "mod operations;\n" + ("mod paginators;\n" if paged else "") + "\npub use operations::*;\n"
        (src / "lib.rs").write_text(
            HEADER
            + f"//! {doc}\n//!\n//! Part of [`awsop-partnercentral-account`](https://docs.rs/awsop-partnercentral-account),\n"
            + "//! which re-exports it: depend on that crate, not on this one.\n#![forbid(unsafe_code)]\n\n"
            + mods
        )
        (src / "operations.rs").write_text(
            HEADER + f"//! {doc}\n\n" + uses(body, "awsop_partnercentral_account_shapes") + "\n" + body
        )
        if paged:
            (src / "paginators.rs").write_text(
                HEADER
                + "//! The model's paginators (`paginators-1.json`): `client.paginate(op).pages()` / `.items()`.\n\n"
                + "use awsop_partnercentral_account_shapes::*;\n\nuse crate::operations::*;\n\n"
                + "\n".join(paged)
            )
    shape_listing += [n for n in nested if not shapes[n].get("union")]

    def entry(name):
        if name not in pages:
            return f"    awsop::OperationEntry::of::<{name}>(),\n"
        p = pages[name]
        limit = f'Some("{p["limit_key"]}")' if "limit_key" in p else "None"
        return (
            f"    awsop::OperationEntry::of::<{name}>().with_pages(awsop::PageKeys {{\n"
            f'        input_token: "{p["input_token"]}",\n        output_token: "{p["output_token"]}",\n'
            f'        limit_key: {limit},\n        result_key: "{p["result_key"]}",\n    }}),\n'
        )

    print("operations:", len(listing), "structures listed:", len(shape_listing))
    (out / "src" / "listing.rs").write_text(
        HEADER
        + "//! Every operation and structure, for callers that go by name (the CLI, the model test).\n\n"
        + "use crate::*;\n\n"
        + "/// Every operation of the service, in the model's order.\n"
        + "pub const OPERATIONS: &[awsop::OperationEntry] = &[\n"
        + "".join(entry(n) for n in listing)
        + "];\n\n/// Every output and nested structure with its members, by model name.\n"
        + "pub const SHAPES: &[(&str, &[awsop::Member])] = &[\n"
        + "".join(f'    ("{n}", <{n} as awsop::Shape>::MEMBERS),\n' for n in shape_listing)
        + "];\n\n/// Every modeled exception with its members, by model name.\n"
        + "pub const ERRORS: &[(&str, &[awsop::Member])] = &[\n"
        + "".join(f'    ("{n}", <{n} as awsop::Shape>::MEMBERS),\n' for n, s in shapes.items() if s.get("exception"))
        + "];\n\n/// Every enum with its values, by model name.\n"
        + "pub const ENUMS: &[(&str, &[&str])] = &[\n"
        + "".join(f'    ("{n}", {n}::VALUES),\n' for n, s in shapes.items() if s["type"] == "string" and "enum" in s)
        + "];\n"
    )


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    main(sys.argv[1] if len(sys.argv) > 1 else here / "../../models/partnercentral-account/service-2.json", here.parent)
