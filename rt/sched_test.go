package rt

import (
	"strings"
	"testing"
)

// The expected orders below are what CPython 3.11 prints for the Python
// program in each test's comment.

/*
out = []
async def worker(name, n):

	for i in range(n):
	    out.append(f"{name}{i}")
	    await asyncio.sleep(0)
	return name

async def sleeper(name, d):

	out.append(f"{name} start")
	await asyncio.sleep(d)
	out.append(f"{name} end")

async def main():

	a = asyncio.create_task(worker("a", 3))
	b = asyncio.create_task(worker("b", 2))
	c = asyncio.create_task(sleeper("c", 0.01))
	out.append("main")
	r = await a
	out.append("got " + r)
	await asyncio.sleep(0.02)
	t = asyncio.create_task(sleeper("d", 10))
	await asyncio.sleep(0)
	t.cancel()
	try:
	    await t
	except asyncio.CancelledError:
	    out.append("cancelled " + str(t.cancelled()))
	res = await asyncio.gather(worker("x", 2), worker("y", 1))
	out.append(str(res))

asyncio.run(main())
print(" ".join(out))
*/
func TestInterleaving(t *testing.T) {
	const want = "main a0 b0 c start a1 b1 a2 got a c end d start cancelled True x0 y0 x1 ['x', 'y']"
	var out []string
	add := func(s string) { out = append(out, s) }
	worker := func(name string, n int) (string, error) {
		for i := 0; i < n; i++ {
			add(name + itoa(i))
			if err := Sleep(0); err != nil {
				return "", err
			}
		}
		return name, nil
	}
	sleeper := func(name string, d float64) error {
		add(name + " start")
		if err := Sleep(d); err != nil {
			return err
		}
		add(name + " end")
		return nil
	}
	main := func() error {
		a := CreateTask(NewCoro("worker", func() (string, error) { return worker("a", 3) }))
		CreateTask(NewCoro("worker", func() (string, error) { return worker("b", 2) }))
		CreateTask(VoidCoro("sleeper", func() error { return sleeper("c", 0.01) }))
		add("main")
		r, err := a.Await()
		if err != nil {
			return err
		}
		add("got " + r)
		if err := Sleep(0.02); err != nil {
			return err
		}
		task := CreateTask(VoidCoro("sleeper", func() error { return sleeper("d", 10) }))
		if err := Sleep(0); err != nil {
			return err
		}
		task.Cancel()
		if _, err := task.Await(); err != nil {
			if !IsInstance(err, CancelledError) {
				return err
			}
			add("cancelled " + map[bool]string{true: "True", false: "False"}[task.Cancelled()])
		}
		res, err := Gather[string](
			NewCoro("worker", func() (string, error) { return worker("x", 2) }),
			NewCoro("worker", func() (string, error) { return worker("y", 1) }),
		).Await()
		if err != nil {
			return err
		}
		add("['" + strings.Join(res, "', '") + "']")
		return nil
	}
	if _, err := Run(VoidCoro("main", main)); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(out, " "); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// CPython pops timers with equal deadlines in heapq's order, not in the
// order they were scheduled:
//
//	when = loop.time() + 0.05
//	for i in range(8):
//	    loop.call_at(when, fired.append, i)
//	await asyncio.sleep(0.1)
//	print(fired)  # [0, 2, 6, 5, 7, 1, 3, 4]
func TestEqualDeadlinesHeapOrder(t *testing.T) {
	var fired []string
	_, err := Run(VoidCoro("main", func() error {
		l, err := GetRunningLoop()
		if err != nil {
			return err
		}
		when := l.Time() + 0.05
		for i := 0; i < 8; i++ {
			l.CallAt(when, func() { fired = append(fired, itoa(i)) })
		}
		return Sleep(0.1)
	}))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(fired, ", "); got != "0, 2, 6, 5, 7, 1, 3, 4" {
		t.Errorf("fired [%s], want [0, 2, 6, 5, 7, 1, 3, 4]", got)
	}
}
