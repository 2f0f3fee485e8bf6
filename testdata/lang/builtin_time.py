# Checks: time.monotonic, time.perf_counter and time.time advance across
# time.sleep and asyncio.sleep (only comparisons are printed, never values).
import asyncio
import time


async def main():
    t0 = time.monotonic()
    p0 = time.perf_counter()
    w0 = time.time()
    time.sleep(0.02)
    t1 = time.monotonic()
    print("monotonic advanced:", t1 - t0 >= 0.02)
    await asyncio.sleep(0.02)
    t2 = time.monotonic()
    p2 = time.perf_counter()
    print("asyncio.sleep advanced:", t2 - t1 >= 0.019)
    print("perf_counter advanced:", p2 - p0 >= 0.039)
    print("wall clock sane:", w0 > 1_600_000_000, time.time() >= w0)
    print(type(t0).__name__, type(w0).__name__)
    elapsed = round(t2 - t0, 1)
    print("elapsed rounded to 0.1s < 1:", elapsed < 1.0)


asyncio.run(main())
