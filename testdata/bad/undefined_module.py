# Bad input: a module used without being imported (the import line is
# missing). Both uses are reported; CPython stops at the first one it runs,
# the last line.
async def main():
    await asyncio.sleep(0)  # ERROR "name 'asyncio' is not defined"


asyncio.run(main())  # ERROR "name 'asyncio' is not defined"
