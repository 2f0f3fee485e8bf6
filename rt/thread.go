package rt

import (
	"bytes"
	"runtime"
	"strconv"
	"sync"
)

// threadPool mirrors concurrent.futures.ThreadPoolExecutor as asyncio's
// default executor uses it: at most min(32, cpus+4) worker threads, a new
// one started only when no idle worker is waiting.
type threadPool struct {
	mu      sync.Mutex
	work    chan func()
	idle    int // the executor's _idle_semaphore
	threads int
	max     int
}

func newThreadPool() *threadPool {
	return &threadPool{work: make(chan func(), 1<<16), max: min(32, runtime.NumCPU()+4)}
}

func (p *threadPool) submit(fn func()) {
	p.mu.Lock()
	start := false
	if p.idle > 0 {
		p.idle--
	} else if p.threads < p.max {
		p.threads++
		start = true
	}
	p.mu.Unlock()
	if start {
		go p.worker(newThreadIdent())
	}
	p.work <- fn
}

func (p *threadPool) worker(ident int) {
	threadIdents.Store(goid(), ident)
	for fn := range p.work {
		acquireGIL()
		fn()
		releaseGIL()
		p.mu.Lock()
		p.idle++
		p.mu.Unlock()
	}
}

func (l *Loop) executor() *threadPool {
	if l.pool == nil {
		l.pool = newThreadPool()
	}
	return l.pool
}

// ToThread is "await asyncio.to_thread(fn)": fn runs on a worker thread
// while the loop goes on; the task resumes with its result.
func ToThread[T any](fn func() (T, error)) (T, error) {
	f := RunInExecutor(fn)
	return f.outcome(f.c.awaitedThrough(f.c.await(), true, toThreadFrames))
}

// ToThreadCoro is the coroutine asyncio.to_thread(fn) returns, for a task
// or gather to run: a frame, so that its task needs no goroutine.
func ToThreadCoro[T any](fn func() (T, error)) *Coro[T] {
	return FrameCoro("to_thread", &toThreadFrame[T]{fn: fn})
}

// ToThreadVoidCoro is ToThreadCoro for a function that returns None.
func ToThreadVoidCoro(fn func() error) *Coro[NoneType] {
	return ToThreadCoro(func() (NoneType, error) { return None, fn() })
}

// toThreadFrame runs asyncio.to_thread: its first step starts fn on a
// worker thread, and the step after fn returned gives its result.
type toThreadFrame[T any] struct {
	fn  func() (T, error)
	fut *Future[T]
}

func (f *toThreadFrame[T]) Resume(exc error) (T, error) {
	if f.fut == nil {
		f.fut = RunInExecutor(f.fn)
		if AwaitStart[T](f.fut) {
			var zero T
			return zero, Suspended
		}
	}
	return f.fut.outcome(f.fut.c.awaitedThrough(exc, true, toThreadFrames))
}

// toThreadFrames are the frames of CPython's own code between an await of
// asyncio.to_thread and the function it runs.
var toThreadFrames = []frame{
	{file: "/usr/lib/python3.11/asyncio/threads.py", line: 25, fn: "to_thread", text: "    return await loop.run_in_executor(None, func_call)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^"},
	{file: "/usr/lib/python3.11/concurrent/futures/thread.py", line: 58, fn: "run", text: "    result = self.fn(*self.args, **self.kwargs)\n             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^"},
}

// ToThreadVoid is ToThread for a function that returns None.
func ToThreadVoid(fn func() error) error {
	_, err := ToThread(func() (NoneType, error) { return None, fn() })
	return err
}

// RunInExecutor is loop.run_in_executor(None, fn): a future of fn's result
// computed on a worker thread.
func RunInExecutor[T any](fn func() (T, error)) *Future[T] {
	l := loop()
	f := NewFuture[T]()
	var mu sync.Mutex
	started, abandoned := false, false
	f.c.addCallback(callback{desc: "_chain_future.<locals>._call_check_cancel() at /usr/lib/python3.11/asyncio/futures.py:387", fn: func() {
		if f.c.state == cancelled {
			mu.Lock()
			if !started {
				abandoned = true
			}
			mu.Unlock()
		}
	}})
	l.executor().submit(func() {
		mu.Lock()
		if abandoned {
			mu.Unlock()
			return
		}
		started = true
		mu.Unlock()
		v, err := fn()
		l.callSoonThreadsafe(func() {
			if f.c.done() {
				return
			}
			if err != nil {
				f.c.setException(err)
				return
			}
			*f.r = v
			f.c.setResult()
		})
	})
	return f
}

var (
	threadIdents sync.Map // goroutine id -> thread ident of worker threads
	identMu      sync.Mutex
	nextIdent    = mainThreadIdent
)

// mainThreadIdent looks like a pthread_t of CPython's main thread.
const mainThreadIdent = 140234567891776

func newThreadIdent() int {
	identMu.Lock()
	defer identMu.Unlock()
	nextIdent -= 0x801000 // the next thread stack, as glibc lays them out
	return nextIdent
}

// GetIdent is threading.get_ident(): the loop's thread has one stable
// identity, and so does each worker thread.
func GetIdent() int {
	if v, ok := threadIdents.Load(goid()); ok {
		return v.(int)
	}
	return mainThreadIdent
}

// goid returns the current goroutine's id.
func goid() uint64 {
	var buf [64]byte
	b := buf[:runtime.Stack(buf[:], false)]
	b = bytes.TrimPrefix(b, []byte("goroutine "))
	if i := bytes.IndexByte(b, ' '); i > 0 {
		b = b[:i]
	}
	n, _ := strconv.ParseUint(string(b), 10, 64)
	return n
}
