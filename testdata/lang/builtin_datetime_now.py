# Checks: datetime.now() returns a datetime whose fields are plausible and whose
# differences across a sleep are timedeltas (only comparisons are printed).
import asyncio
import datetime
from datetime import datetime as dt


async def main():
    start = datetime.datetime.now()
    print(type(start).__name__, start.year >= 2024, 1 <= start.month <= 12)
    await asyncio.sleep(0.02)
    end = dt.now()
    delta = end - start
    print(type(delta).__name__, delta.total_seconds() >= 0.019, end > start)
    stamp = start.strftime("%Y-%m-%d")
    print(len(stamp), stamp[4], stamp[7])
    iso = end.isoformat()
    print(iso[10], len(iso) >= 19)


asyncio.run(main())
