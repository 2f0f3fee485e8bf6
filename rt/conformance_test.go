package rt

import (
	"fmt"
	"strings"
	"testing"
)

// These tests drive the runtime directly with Go written as the
// translator writes it, for programs of testdata/conformance; the
// expected output is the program's recorded CPython trace.

func runLines(t *testing.T, main func(out func(string, ...any)) error, want string) {
	t.Helper()
	var b strings.Builder
	out := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	if _, err := Run(VoidCoro("main", func() error { return main(out) })); err != nil {
		t.Fatal(err)
	}
	if got := b.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// testdata/conformance/cancel_uncancel.py
func TestCancelUncancel(t *testing.T) {
	runLines(t, func(out func(string, ...any)) error {
		var worker *Task[string]
		worker = CreateTask(NewCoro("worker", func() (string, error) {
			if err := Sleep(10); err != nil {
				if !IsInstance(err, CancelledError) {
					return "", err
				}
				out("caught, cancelling=%d", worker.Cancelling())
				out("uncancel returns %d", worker.Uncancel())
				out("now cancelling=%d", worker.Cancelling())
			}
			if err := Sleep(0.01); err != nil {
				return "", err
			}
			out("worker continued after uncancel")
			return "ok", nil
		}))
		if err := Sleep(0.01); err != nil {
			return err
		}
		worker.Cancel()
		v, err := worker.Await()
		if err != nil {
			return err
		}
		out("%s", v)
		out("cancelled=%s", Str(worker.Cancelled()))
		return nil
	}, "caught, cancelling=1\nuncancel returns 0\nnow cancelling=0\nworker continued after uncancel\nok\ncancelled=False\n")
}

// testdata/conformance/timeout_reschedule.py
func TestTimeoutReschedule(t *testing.T) {
	runLines(t, func(out func(string, ...any)) error {
		l, _ := GetRunningLoop()
		cm := NewTimeout(-1)
		if err := cm.Enter(); err != nil {
			return err
		}
		body := func() error {
			out("when=None")
			if err := Sleep(0.01); err != nil {
				return err
			}
			out("still running without deadline")
			if err := cm.Reschedule(l.Time() + 0.02); err != nil {
				return err
			}
			out("has deadline: True")
			return Sleep(1)
		}
		if err := cm.Exit(body()); err != nil {
			if !IsInstance(err, TimeoutError) {
				return err
			}
			out("rescheduled deadline hit")
		}
		return nil
	}, "when=None\nstill running without deadline\nhas deadline: True\nrescheduled deadline hit\n")
}

// testdata/conformance/gather_cancel_children.py
func TestGatherCancelChildren(t *testing.T) {
	runLines(t, func(out func(string, ...any)) error {
		child := func(name string, delay float64) *Coro[NoneType] {
			return VoidCoro("child", func() error {
				if err := Sleep(delay); err != nil {
					if IsInstance(err, CancelledError) {
						out("%s cancelled", name)
					}
					return err
				}
				out("%s finished", name)
				return nil
			})
		}
		g := Gather[NoneType](child("quick", 0.01), child("slow1", 1), child("slow2", 1))
		if err := Sleep(0.03); err != nil {
			return err
		}
		out("gather cancel: %s", Str(g.Cancel()))
		if _, err := g.Await(); err != nil {
			if !IsInstance(err, CancelledError) {
				return err
			}
			out("gather raised CancelledError")
		}
		out("cancelled=%s", Str(g.Cancelled()))
		return nil
	}, "quick finished\ngather cancel: True\nslow1 cancelled\nslow2 cancelled\ngather raised CancelledError\ncancelled=False\n")
}

// testdata/conformance/cancel_msg_awaiter_chain.py
func TestCancelMessageThroughAwaiters(t *testing.T) {
	runLines(t, func(out func(string, ...any)) error {
		leaf := CreateTask(VoidCoro("leaf", func() error { return Sleep(1) }))
		m := CreateTask(VoidCoro("middle", func() error {
			if _, err := leaf.Await(); err != nil {
				if IsInstance(err, CancelledError) {
					out("middle sees %s", Repr(Tuple(AsExc(err).Args)))
				}
				return err
			}
			return nil
		}))
		if err := Sleep(0.01); err != nil {
			return err
		}
		leaf.CancelMsg("leaf stopped")
		if _, err := m.Await(); err != nil {
			if !IsInstance(err, CancelledError) {
				return err
			}
			out("main sees %s", Repr(Tuple(AsExc(err).Args)))
		}
		out("leaf cancelled=%s middle cancelled=%s", Str(leaf.Cancelled()), Str(m.Cancelled()))
		return nil
	}, "middle sees ('leaf stopped',)\nmain sees ('leaf stopped',)\nleaf cancelled=True middle cancelled=True\n")
}
