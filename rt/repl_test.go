package rt

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"
)

// The REPL tests run a session in a child process (this test binary run
// again with replSessionEnv set), as the host would: commands on its
// stdin, replies on file descriptor 3, standard output and error on one
// pipe, in the order a terminal would show them. The expected transcripts
// are CPython 3.11's for the same inputs typed at "python3 -m asyncio",
// without the banner and prompts.

const replSessionEnv = "RT_REPL_TEST_SESSION"

type replInput struct {
	run   func() error
	async bool
}

var replSessions = map[string]map[string]replInput{
	"basic": {
		"c1": {basic1{}.Run, false}, "c2": {basic2{}.Run, false}, "c3": {basic3{}.Run, false},
		"c4": {basic4{}.Run, false}, "c5": {basic5{}.Run, false}, "c6": {basic6{}.Run, true},
		"c7": {basic7{}.Run, false}, "c8": {basic8{}.Run, true}, "c9": {basic9{}.Run, false},
		"c10": {basic10{}.Run, true}, "c11": {basic11{}.Run, true}, "c12": {basic12{}.Run, false},
		"c13": {bg7{}.Run, false}, "c14": {bg8{}.Run, false}, "c15": {bg9{}.Run, false},
	},
	"tb": {
		"c1": {tb1{}.Run, false}, "c2": {tb2{}.Run, false}, "c3": {tb3{}.Run, false},
		"c4": {tb4{}.Run, true}, "c5": {tb5{}.Run, true}, "c6": {tb6{}.Run, false},
		"c7": {tb7{}.Run, false}, "c8": {tb8{}.Run, true}, "c9": {tb9{}.Run, false},
		"c10": {tb10{}.Run, true}, "c11": {tb11{}.Run, false},
	},
	"bg": {
		"c1": {bg1{}.Run, false}, "c2": {bg2{}.Run, false}, "c3": {bg3{}.Run, false},
		"c4": {bg4{}.Run, false}, "c5": {bg5{}.Run, false}, "c6": {bg6{}.Run, true},
	},
	"exit": {
		"c1": {tb11{}.Run, false}, "c2": {bg4{}.Run, false}, "c3": {bg5{}.Run, false},
		"c4": {bg6{}.Run, true}, "c5": {exit1{}.Run, false}, "c6": {tb11{}.Run, false},
	},
	"exitasync": {
		"c1": {exit2{}.Run, true}, "c2": {tb11{}.Run, false},
	},
}

// TestREPLChild is the child process of the REPL tests.
func TestREPLChild(t *testing.T) {
	name := os.Getenv(replSessionEnv)
	if name == "" {
		t.Skip("the child process of the REPL tests")
	}
	inputs := replSessions[name]
	replies := os.NewFile(3, "replies")
	status := REPLServe(os.Stdin, replies, func(path string) (func() error, bool, error) {
		in, ok := inputs[path]
		if !ok {
			return nil, false, errors.New("no input " + path)
		}
		return in.run, in.async, nil
	})
	os.Exit(status)
}

// syncBuffer is a bytes.Buffer safe for a writer and a reader.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

type replChild struct {
	t       *testing.T
	cmd     *exec.Cmd
	cmds    *os.File
	replies chan string
	out     *syncBuffer
}

func startREPL(t *testing.T, session string) *replChild {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestREPLChild$")
	cmd.Env = append(os.Environ(), replSessionEnv+"="+session)
	in, cmds, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	rr, rw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	out := &syncBuffer{}
	cmd.Stdin, cmd.Stdout, cmd.Stderr = in, out, out
	cmd.ExtraFiles = []*os.File{rw}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	in.Close()
	rw.Close()
	c := &replChild{t: t, cmd: cmd, cmds: cmds, replies: make(chan string, 16), out: out}
	go func() {
		sc := bufio.NewScanner(rr)
		for sc.Scan() {
			c.replies <- sc.Text()
		}
		close(c.replies)
		rr.Close()
	}()
	t.Cleanup(func() {
		cmds.Close()
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			cmd.Wait()
		}
	})
	return c
}

// send writes a command and waits for its reply; it reports false when the
// child ended without one.
func (c *replChild) send(cmd string) bool {
	c.t.Helper()
	if _, err := c.cmds.WriteString(cmd + "\n"); err != nil {
		c.t.Fatalf("%s: %v", cmd, err)
	}
	select {
	case r, ok := <-c.replies:
		if !ok {
			return false
		}
		if r != "done" {
			c.t.Fatalf("%s: reply %q", cmd, r)
		}
		return true
	case <-time.After(10 * time.Second):
		c.t.Fatalf("%s: no reply; output so far:\n%s", cmd, c.out.String())
	}
	return false
}

// load runs the inputs in order.
func (c *replChild) load(names ...string) {
	c.t.Helper()
	for _, n := range names {
		if !c.send("load " + n) {
			c.t.Fatalf("load %s: the session ended; output:\n%s", n, c.out.String())
		}
	}
}

// end closes the commands (or sends exit) and returns the exit status.
func (c *replChild) end(exit bool) int {
	c.t.Helper()
	if exit {
		c.cmds.WriteString("exit\n")
	}
	c.cmds.Close()
	return c.wait()
}

func (c *replChild) wait() int {
	c.t.Helper()
	done := make(chan error, 1)
	go func() { done <- c.cmd.Wait() }()
	select {
	case err := <-done:
		var ee *exec.ExitError
		if err != nil && !errors.As(err, &ee) {
			c.t.Fatal(err)
		}
		return c.cmd.ProcessState.ExitCode()
	case <-time.After(10 * time.Second):
		c.t.Fatalf("the session did not end; output:\n%s", c.out.String())
	}
	return -1
}

// checkOutput compares the transcript with want, whose lines are
// indented by a tab for legibility.
func (c *replChild) checkOutput(want string) {
	c.t.Helper()
	want = strings.ReplaceAll(strings.TrimPrefix(want, "\n"), "\n\t", "\n")
	want = strings.TrimPrefix(want, "\t")
	if got := c.out.String(); got != want {
		c.t.Errorf("output:\n%s\nwant:\n%s", got, want)
	}
}

// TestREPLValues checks the values an input shows, the tasks of inputs
// that await, a failed load, and the end of cmds ending a session with a
// task pending, of which CPython says nothing.
func TestREPLValues(t *testing.T) {
	c := startREPL(t, "basic")
	c.load("c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10", "c11", "c12", "c13", "c14", "c15")
	if !c.send("load nosuch") {
		t.Fatal("the session ended on a failed load")
	}
	if status := c.end(false); status != 0 {
		t.Errorf("exit status %d", status)
	}
	c.checkOutput(`
	2
	'a'
	None
	8
	10
	<Task finished name='Task-2' coro=<f() done, defined at <console>:1> result=10>
	<Task pending name='Task-4' coro=<<module>() running at <console>:1> cb=[_chain_future.<locals>._call_set_state() at /usr/lib/python3.11/asyncio/futures.py:394]>
	<Task finished name='Task-5' coro=<<module>() done, defined at <console>:1> result=None>
	<Task pending name='Task-6' coro=<forever() running at <console>:2> wait_for=<Future pending cb=[Task.task_wakeup()]>>
	pyasync2go: no input nosuch
	`)
}

func TestREPLTracebacks(t *testing.T) {
	c := startREPL(t, "tb")
	c.load("c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10", "c11")
	if status := c.end(true); status != 0 {
		t.Errorf("exit status %d", status)
	}
	c.checkOutput(`
	Traceback (most recent call last):
	  File "/usr/lib/python3.11/concurrent/futures/_base.py", line 456, in result
	    return self.__get_result()
	           ^^^^^^^^^^^^^^^^^^^
	  File "/usr/lib/python3.11/concurrent/futures/_base.py", line 401, in __get_result
	    raise self._exception
	  File "/usr/lib/python3.11/asyncio/__main__.py", line 34, in callback
	    coro = func()
	           ^^^^^^
	  File "<console>", line 1, in <module>
	ZeroDivisionError: division by zero
	Traceback (most recent call last):
	  File "/usr/lib/python3.11/concurrent/futures/_base.py", line 449, in result
	    return self.__get_result()
	           ^^^^^^^^^^^^^^^^^^^
	  File "/usr/lib/python3.11/concurrent/futures/_base.py", line 401, in __get_result
	    raise self._exception
	  File "<console>", line 1, in <module>
	  File "<console>", line 3, in fetch
	  File "<console>", line 3, in hi
	ValueError: hi
	Traceback (most recent call last):
	  File "/usr/lib/python3.11/concurrent/futures/_base.py", line 456, in result
	    return self.__get_result()
	           ^^^^^^^^^^^^^^^^^^^
	  File "/usr/lib/python3.11/concurrent/futures/_base.py", line 401, in __get_result
	    raise self._exception
	  File "<console>", line 1, in <module>
	ZeroDivisionError: division by zero
	Traceback (most recent call last):
	  File "<console>", line 3, in h
	ZeroDivisionError: division by zero

	During handling of the above exception, another exception occurred:

	Traceback (most recent call last):
	  File "/usr/lib/python3.11/concurrent/futures/_base.py", line 456, in result
	    return self.__get_result()
	           ^^^^^^^^^^^^^^^^^^^
	  File "/usr/lib/python3.11/concurrent/futures/_base.py", line 401, in __get_result
	    raise self._exception
	  File "/usr/lib/python3.11/asyncio/__main__.py", line 34, in callback
	    coro = func()
	           ^^^^^^
	  File "<console>", line 1, in <module>
	  File "<console>", line 5, in h
	KeyError: 2
	True
	Traceback (most recent call last):
	  File "/usr/lib/python3.11/concurrent/futures/_base.py", line 447, in result
	    raise CancelledError()
	concurrent.futures._base.CancelledError

	KeyboardInterrupt
	Traceback (most recent call last):
	  File "/usr/lib/python3.11/concurrent/futures/_base.py", line 449, in result
	    return self.__get_result()
	           ^^^^^^^^^^^^^^^^^^^
	  File "/usr/lib/python3.11/concurrent/futures/_base.py", line 401, in __get_result
	    raise self._exception
	  File "/usr/lib/python3.11/asyncio/__main__.py", line 118, in <module>
	    loop.run_forever()
	  File "/usr/lib/python3.11/asyncio/base_events.py", line 607, in run_forever
	    self._run_once()
	  File "/usr/lib/python3.11/asyncio/base_events.py", line 1922, in _run_once
	    handle._run()
	  File "/usr/lib/python3.11/asyncio/events.py", line 80, in _run
	    self._context.run(self._callback, *self._args)
	  File "<console>", line 1, in <module>
	KeyboardInterrupt
	after
	`)
}

// TestREPLBackground checks that a task an input started runs on while the
// session waits for the next command, and that its output is written then,
// not when the next input runs.
func TestREPLBackground(t *testing.T) {
	c := startREPL(t, "bg")
	c.load("c1", "c2")
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(c.out.String(), "tick 2\n") {
		if time.Now().After(deadline) {
			t.Fatalf("the background task's output did not come; output:\n%s", c.out.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	c.load("c3", "c4", "c5", "c6")
	if status := c.end(true); status != 0 {
		t.Errorf("exit status %d", status)
	}
	// At exit CPython reports the failed task nobody awaited.
	c.checkOutput(`
	tick 0
	tick 1
	tick 2
	next
	Task exception was never retrieved
	future: <Task finished name='Task-2' coro=<g() done, defined at <console>:1> exception=ValueError(5)>
	Traceback (most recent call last):
	  File "<console>", line 2, in g
	ValueError: 5
	`)
}

// TestREPLSystemExit checks that sys.exit in an input ends the session with
// its status, flushing output but reporting nothing else.
func TestREPLSystemExit(t *testing.T) {
	c := startREPL(t, "exit")
	c.load("c1", "c2", "c3", "c4")
	if c.send("load c5") {
		t.Fatal("the session went on after sys.exit(3)")
	}
	if status := c.wait(); status != 3 {
		t.Errorf("exit status %d, want 3", status)
	}
	c.checkOutput(`
	after
	`)
}

func TestREPLSystemExitAsync(t *testing.T) {
	c := startREPL(t, "exitasync")
	if c.send("load c1") {
		t.Fatal("the session went on after raise SystemExit(4)")
	}
	if status := c.wait(); status != 4 {
		t.Errorf("exit status %d, want 4", status)
	}
	c.checkOutput("")
}
