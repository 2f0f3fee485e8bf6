package rt

import (
	"testing"
	"time"
)

func TestSubprocessShell(t *testing.T) {
	start := time.Now()
	var codes []int
	_, err := Run(VoidCoro("main", func() error {
		p, err := CreateSubprocessShell("sleep 0.2; exit 3")
		if err != nil {
			return err
		}
		code, err := p.Wait()
		codes = append(codes, code)
		return err
	}))
	if err != nil {
		t.Fatal(err)
	}
	if codes[0] != 3 {
		t.Errorf("exit code %d, want 3", codes[0])
	}
	if d := time.Since(start); d < 200*time.Millisecond {
		t.Errorf("wait returned after %v, before the child exited", d)
	}
}

func TestCommunicate(t *testing.T) {
	var out, errOut []byte
	_, err := Run(VoidCoro("main", func() error {
		p, err := CreateSubprocessShell("tr a-z A-Z; echo oops >&2", ProcOptions{Stdin: PIPE, Stdout: PIPE, Stderr: PIPE})
		if err != nil {
			return err
		}
		out, errOut, err = p.Communicate([]byte("hello\n"))
		return err
	}))
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != "HELLO\n" || string(errOut) != "oops\n" {
		t.Errorf("got %q, %q", out, errOut)
	}
}

func TestToThreadRunsInParallel(t *testing.T) {
	start := time.Now()
	var idents []int
	_, err := Run(VoidCoro("main", func() error {
		block := func() (int, error) {
			TimeSleep(0.3)
			return GetIdent(), nil
		}
		ids, err := Gather[int](
			NewCoro("to_thread", func() (int, error) { return ToThread(block) }),
			NewCoro("to_thread", func() (int, error) { return ToThread(block) }),
			NewCoro("to_thread", func() (int, error) { return ToThread(block) }),
		).Await()
		idents = append(ids, GetIdent())
		return err
	}))
	if err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 850*time.Millisecond {
		t.Errorf("three 0.3 s calls took %v: not parallel", d)
	}
	seen := map[int]bool{}
	for _, id := range idents {
		seen[id] = true
	}
	if len(seen) != 4 || idents[3] != mainThreadIdent {
		t.Errorf("thread idents %v: want three workers and the loop thread", idents)
	}
	for _, id := range idents {
		if len(itoa(id)) < 9 {
			t.Errorf("ident %d is shorter than a pthread_t", id)
		}
	}
}
