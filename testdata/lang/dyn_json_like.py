# Checks: a JSON-like nested structure of dicts and lists with mixed value types:
# printing, walking it recursively, and counting value kinds.
import asyncio

CONFIG = {
    "name": "svc",
    "port": 8080,
    "ratio": 0.75,
    "debug": False,
    "tags": ["a", "b"],
    "limits": {"cpu": 2, "mem": "512M", "extra": None},
    "hosts": [{"h": "x", "up": True}, {"h": "y", "up": False}],
}


def walk(node, path, out):
    if isinstance(node, dict):
        for k, v in node.items():
            walk(v, path + "." + k, out)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            walk(v, f"{path}[{i}]", out)
    else:
        out.append(f"{path}={node!r}")


async def main():
    print(CONFIG)
    out = []
    walk(CONFIG, "$", out)
    await asyncio.sleep(0)
    for line in out:
        print(line)
    kinds = {}
    for line in out:
        value = line.split("=", 1)[1]
        kinds[value[0]] = kinds.get(value[0], 0) + 1
    print(kinds)
    print(CONFIG["limits"]["mem"], CONFIG["hosts"][1]["up"], CONFIG.get("missing"))


asyncio.run(main())
