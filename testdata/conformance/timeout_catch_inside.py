# Checks: code inside a timeout block sees CancelledError (with finally
# running) before the block turns it into TimeoutError.
import asyncio


async def main():
    try:
        async with asyncio.timeout(0.02):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("inside: CancelledError")
                raise
            finally:
                print("inside: finally")
    except TimeoutError as e:
        print(f"outside: TimeoutError, cause is CancelledError: {isinstance(e.__cause__, asyncio.CancelledError)}")


if __name__ == '__main__':
    asyncio.run(main())
