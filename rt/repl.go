package rt

import (
	"bufio"
	"io"
	"os"
	"os/signal"
	"reflect"
	"strconv"
	"strings"
)

// The REPL: "pyasync2go repl" is CPython's "python3 -m asyncio". Each input
// typed at the prompt is translated to a Go package (import path ending in
// "/cN"), built as a plugin and loaded into one host process, so that its
// definitions, globals and running tasks persist. The host opens the
// plugins; the runtime runs the session's event loop (REPLServe).
//
// The code of an input names its file <console> in //line directives,
// numbering lines from 1 within the input, and exports every name: its
// module code is the function Run, and each Python name has the prefix
// "Py_" (the function fetch is Py_fetch, the method hi of class P is
// (*Py_P).Py_hi). Tracebacks and task reprs show the Python names. Run
// starts with rt.Defs("<console>", ...) for the functions the input defines;
// an expression statement shows its value with Display.

// REPLServe runs the event loop of a REPL session on the calling goroutine
// (the program's main goroutine), as asyncio/__main__.py runs it in the
// main thread, until the session ends, and returns the process's exit
// status; the host exits with it (os.Exit(rt.REPLServe(...))).
//
// It reads commands from cmds, one a line, and takes the next once the
// last is done:
//
//	load PATH   run one input: the loop calls load(PATH), which opens the
//	            input's plugin and returns its Run and whether it awaits
//	            (its Async), then runs it as AsyncIOInteractiveConsole.runcode
//	            does. An input that awaits runs as a task of its own (named
//	            Task-N, its coroutine <module>); any other runs in a loop
//	            callback, outside any task. When it is finished, standard
//	            output is flushed and "done" and a newline are written to
//	            replies. An uncaught exception's traceback is printed to
//	            stderr first, with the frames of CPython's REPL; an error
//	            of load is printed there too.
//	exit        end the session (so does the end of cmds): the loop stops
//	            and the tasks still pending are left as they are. The tasks
//	            whose exception nobody retrieved are reported, as CPython
//	            reports them at exit, and the status is 0. The host prints
//	            CPython's "exiting asyncio REPL..." before it sends exit.
//
// Between inputs the loop runs on: tasks an input created go on while the
// session waits for the next command, and their output is flushed whenever
// the loop has nothing to do. SystemExit raised by an input or a task ends
// the session at once with its exit status; nothing more is written to
// replies.
func REPLServe(cmds io.Reader, replies io.Writer, load func(path string) (run func() error, async bool, err error)) int {
	if curLoop != nil {
		panic("rt: REPLServe called with a running event loop")
	}
	if !inMain {
		acquireGIL()
		defer releaseGIL()
	}
	l := newLoop()
	l.flushIdle = true
	curLoop = l
	s := &replSession{loop: l, replies: replies, load: load, next: make(chan struct{}, 1)}
	repl = s
	sourceFile = consoleFile
	defLines = map[string]int{"<module>": 1}
	// Any input may show a task: track where tasks wait from the start.
	trackLines = true
	defer func() {
		curLoop, repl = nil, nil
	}()

	go s.read(cmds)
	go s.interrupts()
	for !s.exiting {
		l.runForever()
		if IsInstance(l.fatal, KeyboardInterrupt) {
			// The session catches it and runs the loop again.
			l.fatal = nil
			continue
		}
		if l.fatal != nil {
			break
		}
	}
	FlushStdout()
	if l.fatal != nil {
		return exitStatus(l.fatal)
	}
	l.logUnretrieved()
	FlushStdout()
	return 0
}

// Display is sys.displayhook, which shows the value of an expression
// statement typed at the REPL: repr(v) and a newline on sys.stdout, or
// nothing when v is None.
func Display(v any) {
	if isNone(v) {
		return
	}
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.Pointer && rv.IsNil() {
		return // an optional value that is None
	}
	Stdout.WriteString(Repr(v) + "\n")
}

// repl is the session REPLServe runs, nil in an ordinary program.
var repl *replSession

type replSession struct {
	loop    *Loop
	replies io.Writer
	load    func(path string) (func() error, bool, error)
	next    chan struct{} // the command in progress is done
	exiting bool
	// input is the task of the input in progress, when it awaits;
	// interrupted is set when Ctrl-C cancelled it.
	input       *taskCore
	interrupted bool
}

// interrupts turns Ctrl-C (SIGINT) into what the REPL of CPython does
// with the KeyboardInterrupt: the input in progress, when it runs as a
// task, is cancelled and the session says "KeyboardInterrupt". An input
// that runs outside a task holds the loop until it returns.
func (s *replSession) interrupts() {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt)
	for range sig {
		s.loop.callSoonThreadsafe(func() {
			if t := s.input; t != nil && !t.done() {
				s.interrupted = true
				t.cancel(nil)
			}
		})
	}
}

// read passes the commands to the loop one at a time, as the REPL's
// thread waits for each input's future before it reads the next.
func (s *replSession) read(cmds io.Reader) {
	r := bufio.NewReader(cmds)
	for {
		line, err := r.ReadString('\n')
		line = strings.TrimRight(line, "\r\n")
		if line == "exit" || (line == "" && err != nil) {
			break
		}
		if line != "" {
			s.loop.callSoonThreadsafe(func() { s.command(line) })
			<-s.next
		}
		if err != nil {
			break
		}
	}
	// REPLThread.run ends with loop.call_soon_threadsafe(loop.stop).
	s.loop.callSoonThreadsafe(func() {
		s.exiting = true
		s.loop.stopping = true
	})
}

// command runs one command on the loop.
func (s *replSession) command(line string) {
	path, ok := strings.CutPrefix(line, "load ")
	if !ok {
		s.fail("unknown REPL command " + strconv.Quote(line))
		return
	}
	run, async, err := s.load(path)
	if err != nil {
		s.fail(err.Error())
		return
	}
	if !async {
		// runcode's callback: "coro = func()" runs the input.
		s.ran(run())
		return
	}
	task := CreateTask(VoidCoro("<module>", run))
	s.input, s.interrupted = &task.c, false
	waits := s.loop.waits
	// futures._chain_future(repl_future, future)
	task.c.addCallback(callback{desc: chainFutureCallback, fn: func() {
		s.taskDone(&task.c, s.loop.waits != waits)
	}})
}

const chainFutureCallback = "_chain_future.<locals>._call_set_state() at /usr/lib/python3.11/asyncio/futures.py:394"

func (s *replSession) fail(msg string) {
	FlushStdout()
	os.Stderr.WriteString("pyasync2go: " + msg + "\n")
	s.done()
}

// ran ends an input that ran in the loop's callback and returned err.
func (s *replSession) ran(err error) {
	if err == nil {
		s.done()
		return
	}
	if IsInstance(err, SystemExit) {
		// The callback re-raises it: it leaves run_forever at once.
		s.loop.fatal = err
		s.loop.stopping = true
		s.loop.ntodo = 0
		return
	}
	if IsInstance(err, KeyboardInterrupt) {
		FlushStdout()
		os.Stderr.WriteString("\nKeyboardInterrupt\n")
		s.done()
		return
	}
	// As the REPL's thread waits in result() while the callback runs, the
	// first frame is the line after the wait.
	showTraceback(err, []frame{resultFrame(true), getResultFrame, callbackFrame}, AsExc(err).tb.parts)
	s.done()
}

// taskDone ends an input that ran as task t. waited tells whether the loop
// blocked while it ran: then the REPL's thread was surely waiting in
// Future.result() when the task finished. Otherwise it may not have got
// there yet, and CPython's traceback shows either line; this one shows
// the first.
func (s *replSession) taskDone(t *taskCore, waited bool) {
	s.input = nil
	switch {
	case t.state == cancelled && s.interrupted:
		FlushStdout()
		os.Stderr.WriteString("\nKeyboardInterrupt\n")
	case t.state == cancelled:
		// The concurrent future is cancelled: result() raises its own
		// CancelledError.
		line := 447
		if waited {
			line = 454
		}
		e := &Exc{Class: concurrentCancelledError}
		e.tb.parts = &tbPart{frames: &[]frame{{file: concurrentBase, line: line, fn: "result", text: "    raise CancelledError()"}}}
		FlushStdout()
		writeTraceback(os.Stderr, e)
	case t.exc != nil:
		t.logTB = false
		between := []frame{resultFrame(waited), getResultFrame}
		if IsInstance(t.exc, KeyboardInterrupt) {
			// It went up through run_forever, which the session runs again.
			between = append(between, runForeverFrames...)
		}
		showTraceback(t.exc, between, t.excTB)
	}
	s.done()
}

// showTraceback prints the traceback of err as
// AsyncIOInteractiveConsole.showtraceback does after Future.result()
// raised it: the frames between, then inner, the exception's own frames.
func showTraceback(err error, between []frame, inner *tbPart) {
	e := AsExc(err)
	e.tb.parts = &tbPart{frames: &between, next: inner}
	e.tb.fresh = false
	e.tb.caught = nil
	FlushStdout()
	writeTraceback(os.Stderr, err)
}

// done answers the command in progress.
func (s *replSession) done() {
	FlushStdout()
	io.WriteString(s.replies, "done\n")
	s.loop.pruneFailed()
	s.next <- struct{}{}
}

// pruneFailed forgets the failed tasks whose exception was retrieved, so
// that a long session does not keep them all.
func (l *Loop) pruneFailed() {
	kept := l.failed[:0]
	for _, t := range l.failed {
		if t.logTB {
			kept = append(kept, t)
		}
	}
	clear(l.failed[len(kept):])
	l.failed = kept
}

const (
	concurrentBase = "/usr/lib/python3.11/concurrent/futures/_base.py"
	asyncioMain    = "/usr/lib/python3.11/asyncio/__main__.py"
)

// concurrentCancelledError is concurrent.futures.CancelledError.
var concurrentCancelledError = &Class{Name: "CancelledError", Module: "concurrent.futures._base", Base: &Class{Name: "Error", Module: "concurrent.futures._base", Base: Exception}}

// resultFrame is concurrent.futures.Future.result returning the outcome:
// at once (line 449) or after it waited (line 456).
func resultFrame(waited bool) frame {
	line := 449
	if waited {
		line = 456
	}
	return frame{file: concurrentBase, line: line, fn: "result", text: "    return self.__get_result()\n           ^^^^^^^^^^^^^^^^^^^"}
}

var (
	getResultFrame = frame{file: concurrentBase, line: 401, fn: "__get_result", text: "    raise self._exception"}
	callbackFrame  = frame{file: asyncioMain, line: 34, fn: "callback", text: "    coro = func()\n           ^^^^^^"}
	// runForeverFrames are the frames a KeyboardInterrupt raised in a task
	// passes on its way out of the session's run_forever.
	runForeverFrames = []frame{
		{file: asyncioMain, line: 118, fn: "<module>", text: "    loop.run_forever()"},
		{file: "/usr/lib/python3.11/asyncio/base_events.py", line: 607, fn: "run_forever", text: "    self._run_once()"},
		{file: "/usr/lib/python3.11/asyncio/base_events.py", line: 1922, fn: "_run_once", text: "    handle._run()"},
		{file: "/usr/lib/python3.11/asyncio/events.py", line: 80, fn: "_run", text: "    self._context.run(self._callback, *self._args)"},
	}
)
