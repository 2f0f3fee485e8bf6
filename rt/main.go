package rt

import (
	"os"
	"runtime"
	"runtime/pprof"
)

// startProfile starts the profiles the environment asks for:
// PYASYNC2GO_CPUPROFILE=FILE writes a CPU profile of the run and
// PYASYNC2GO_MEMPROFILE=FILE a heap profile (every allocation sampled) at
// its end.
func startProfile() (stop func()) {
	cpu := os.Getenv("PYASYNC2GO_CPUPROFILE")
	mem := os.Getenv("PYASYNC2GO_MEMPROFILE")
	if cpu == "" && mem == "" {
		return func() {}
	}
	var stops []func()
	if cpu != "" {
		if f := createProfile("PYASYNC2GO_CPUPROFILE", cpu); f != nil {
			pprof.StartCPUProfile(f)
			stops = append(stops, func() {
				pprof.StopCPUProfile()
				f.Close()
			})
		}
	}
	if mem != "" {
		runtime.MemProfileRate = 1
		stops = append(stops, func() {
			if f := createProfile("PYASYNC2GO_MEMPROFILE", mem); f != nil {
				runtime.GC() // the profile shows allocations as of the last GC
				pprof.Lookup("allocs").WriteTo(f, 0)
				f.Close()
			}
		})
	}
	return func() {
		for _, stop := range stops {
			stop()
		}
	}
}

func createProfile(env, path string) *os.File {
	f, err := os.Create(path)
	if err != nil {
		os.Stderr.WriteString(env + ": " + err.Error() + "\n")
		return nil
	}
	return f
}

const runUntilCompleteCallback = "_run_until_complete_cb() at /usr/lib/python3.11/asyncio/base_events.py:180"

// Run is asyncio.run(main): it runs main as a task on a new event loop,
// cancels the tasks left when it returns, shuts the loop down and returns
// main's result or raises its exception.
func Run[T any](main *Coro[T]) (T, error) {
	var zero T
	if curLoop != nil {
		return zero, RuntimeError.Newf("asyncio.run() cannot be called from a running event loop")
	}
	if !inMain {
		// Called outside Main (a Go program using translated code).
		acquireGIL()
		defer releaseGIL()
	}
	l := newLoop()
	curLoop = l
	defer func() { curLoop = nil }()

	task := CreateTask(main)
	task.c.isMain = true
	l.runUntilComplete(&task.c.futureCore)
	if l.fatal == nil {
		l.shutdown()
	}
	l.logUnretrieved()
	if l.fatal != nil {
		return zero, l.fatal
	}
	v, err := task.Result()
	if err == nil {
		return v, nil
	}
	inner := task.c.excTB
	if IsInstance(err, CancelledError) {
		if parts := AsExc(err).tb.parts; parts != nil {
			inner = parts
		} else {
			// The cancellation was thrown into main where it was suspended.
			inner = &tbPart{pcs: task.c.parkedPCs}
			if task.c.parkedInSleep {
				inner.next = &tbPart{frames: &sleepFrames}
			}
		}
	}
	return zero, reraise(err, 1, runnerFrames, inner)
}

// runUntilComplete is loop.run_until_complete(f): the calling goroutine
// drives the loop until f is done.
func (l *Loop) runUntilComplete(f *futureCore) {
	id := f.addCallback(callback{desc: runUntilCompleteCallback, fn: func() { l.stopping = true }})
	l.runForever()
	f.removeCallback(id)
}

// shutdown is the end of asyncio.Runner.close: cancel what is left, then
// run the loop while the cancelled tasks clean up.
func (l *Loop) shutdown() {
	var left []*taskCore
	for t := l.tasks; t != nil; t = t.next {
		left = append(left, t)
	}
	if len(left) > 0 {
		for _, t := range left {
			t.cancel(nil)
		}
		outer := &futureCore{}
		children := make([]*Future[NoneType], len(left))
		for i, t := range left {
			children[i] = &Future[NoneType]{c: &t.futureCore, r: new(NoneType)}
		}
		gatherInto(outer, children, true, func() {})
		l.runUntilComplete(outer)
		for _, t := range left {
			if t.state != cancelled && t.exc != nil {
				l.reportShutdownError(t)
			}
		}
	}
	// shutdown_asyncgens() and shutdown_default_executor() each run as a task.
	taskCounter += 2
	if l.pool != nil {
		l.pool.shutdown()
	}
}

// logUnretrieved prints, as asyncio's logger does when such a task is
// freed, the tasks whose exception nobody retrieved.
func (l *Loop) logUnretrieved() {
	for _, t := range l.failed {
		if !t.logTB || t.isMain {
			continue
		}
		FlushStdout()
		os.Stderr.WriteString("Task exception was never retrieved\nfuture: " + t.repr() + "\n")
		writeTraceback(os.Stderr, t.exc)
	}
	l.failed = nil
}

func (l *Loop) reportShutdownError(t *taskCore) {
	FlushStdout()
	os.Stderr.WriteString("unhandled exception during asyncio.run() shutdown\ntask: " + t.repr() + "\n")
	writeTraceback(os.Stderr, t.exc)
}

// Main runs a program's module-level code. An uncaught exception prints a
// traceback to stderr and exits with status 1; SystemExit exits with its
// code. Standard output is flushed first, as CPython flushes it at exit.
//
// PYASYNC2GO_CPUPROFILE=FILE writes a Go CPU profile of the run to FILE.
func Main(module func() error) {
	acquireGIL()
	inMain = true
	stop := startProfile()
	err := module()
	stop()
	FlushStdout()
	if err == nil {
		os.Exit(0)
	}
	os.Exit(exitStatus(err))
}

func exitStatus(err error) int {
	e := AsExc(err)
	if e.Class.IsSubclass(SystemExit) {
		if len(e.Args) == 0 {
			return 0
		}
		switch code := e.Args[0].(type) {
		case NoneType, nil:
			return 0
		case int:
			return code & 0xff
		case bool:
			if code {
				return 1
			}
			return 0
		default:
			os.Stderr.WriteString(Str(code) + "\n")
			return 1
		}
	}
	writeTraceback(os.Stderr, err)
	return 1
}

// Exit is sys.exit(code).
func Exit(code any) error { return Raise(SystemExit.New(code)) }
