# Checks: os.environ as a mapping: setting and reading a variable, get with a
# default for a variable that is not set, membership, pop, and os.getenv.
import asyncio
import os


async def main():
    key = "PYASYNC2GO_LANG_TEST_VAR"
    print(os.environ.get(key), os.environ.get(key, "fallback"), key in os.environ)
    os.environ[key] = "value-1"
    await asyncio.sleep(0)
    print(os.environ[key], key in os.environ, os.getenv(key))
    os.environ[key] = "value-2"
    print(os.environ.get(key, "fallback"))
    print(os.environ.pop(key), key in os.environ, os.getenv(key, "gone"))
    try:
        print(os.environ["PYASYNC2GO_LANG_NEVER_SET"])
    except KeyError as e:
        print("KeyError:", e)
    workers = int(os.environ.get("PYASYNC2GO_LANG_WORKERS", "4"))
    print("workers", workers * 2)


asyncio.run(main())
