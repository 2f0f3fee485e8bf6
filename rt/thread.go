package rt

import (
	"bytes"
	"runtime"
	"strconv"
	"sync"
	"time"
)

// threadPool mirrors concurrent.futures.ThreadPoolExecutor as asyncio's
// default executor uses it: at most min(32, cpus+4) worker threads, a new
// one started only when no idle worker is waiting, and a queue of calls
// without bound (its SimpleQueue), so that submitting never blocks the
// loop.
type threadPool struct {
	mu      sync.Mutex
	ready   sync.Cond // signalled when a call is queued
	queue   []func()  // calls waiting for a worker, from head on
	head    int
	idle    int // the executor's _idle_semaphore
	threads int
	max     int
	closed  bool // shut down: the workers end once the queue is empty
	waiting int  // workers waiting for a call
}

// shutdown lets the workers end when they have run what is queued.
func (p *threadPool) shutdown() {
	p.mu.Lock()
	p.closed = true
	p.mu.Unlock()
	p.ready.Broadcast()
}

func newThreadPool() *threadPool {
	p := &threadPool{max: min(32, runtime.NumCPU()+4)}
	p.ready.L = &p.mu
	return p
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
	p.queue = append(p.queue, fn)
	p.mu.Unlock()
	if start {
		go p.worker(newThreadIdent())
	}
}

// kick wakes the idle workers the queued calls need. The loop calls it
// when it is about to let go of the lock, which the workers need to run
// the calls: woken earlier, they would only wait for it.
func (p *threadPool) kick() {
	if p == nil {
		return
	}
	p.mu.Lock()
	n := min(p.waiting, len(p.queue)-p.head)
	p.mu.Unlock()
	for range n {
		p.ready.Signal()
	}
}

// next takes the next call from the queue, waiting for one; nil once
// the pool is shut down and the queue empty.
func (p *threadPool) next() func() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for p.head == len(p.queue) {
		if p.closed {
			return nil
		}
		p.waiting++
		p.ready.Wait()
		p.waiting--
	}
	return p.take()
}

// take takes the call at the head of the queue; p.mu is held.
func (p *threadPool) take() func() {
	fn := p.queue[p.head]
	p.queue[p.head] = nil
	p.head++
	if p.head == len(p.queue) {
		p.queue, p.head = p.queue[:0], 0
	}
	return fn
}

func (p *threadPool) worker(ident int) {
	threadIdents.Store(goid(), ident)
	for {
		fn := p.next()
		if fn == nil {
			return
		}
		// The worker runs the calls queued meanwhile while it holds the
		// lock, for up to CPython's switch interval, rather than hand the
		// lock over for each.
		acquireGIL()
		start := time.Now()
		for fn != nil {
			fn()
			p.mu.Lock()
			p.idle++
			fn = nil
			if p.head < len(p.queue) && time.Since(start) < switchInterval {
				fn = p.take()
			}
			p.mu.Unlock()
		}
		releaseGIL()
	}
}

// switchInterval is sys.getswitchinterval(): how long a thread keeps the
// lock when others wait for it.
const switchInterval = 5 * time.Millisecond

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
	c := &executorCall[T]{fn: fn, loop: l}
	c.fut.f = Future[T]{c: &c.fut.c, r: &c.fut.r}
	c.fut.c.reprResult = c.fut.resultRepr
	c.fut.c.addCallback(callback{desc: "_chain_future.<locals>._call_check_cancel() at /usr/lib/python3.11/asyncio/futures.py:387", fn: c.checkCancel})
	l.executor().submit(c.run)
	return &c.fut.f
}

// executorCall is one call of run_in_executor: the future of its result,
// and whether a worker started it or its cancellation came first.
type executorCall[T any] struct {
	fut                plainFuture[T]
	fn                 func() (T, error)
	loop               *Loop
	mu                 sync.Mutex
	started, abandoned bool
	v                  T
	err                error
}

// checkCancel is _call_check_cancel: a future cancelled before a worker
// took the call abandons it.
func (c *executorCall[T]) checkCancel() {
	if c.fut.c.state == cancelled {
		c.mu.Lock()
		if !c.started {
			c.abandoned = true
		}
		c.mu.Unlock()
	}
}

// run runs the call on a worker thread and hands its outcome to the loop.
func (c *executorCall[T]) run() {
	c.mu.Lock()
	if c.abandoned {
		c.mu.Unlock()
		return
	}
	c.started = true
	c.mu.Unlock()
	c.v, c.err = c.fn()
	c.loop.callSoonThreadsafe(c.deliver)
}

// deliver sets the future's outcome on the loop.
func (c *executorCall[T]) deliver() {
	f := &c.fut.c
	if f.done() {
		return
	}
	if c.err != nil {
		f.setException(c.err)
		return
	}
	c.fut.r = c.v
	f.setResult()
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
