package rt

import (
	"math"
	"sync"
	"sync/atomic"
	"time"
)

// handle is a callback in the ready queue or the timer heap: either a
// plain function or one step of a task.
type handle struct {
	fn     func()
	task   *taskCore // a task step when non-nil
	gather *gatherState
	// fut is the child whose completion gather is told, or with sleep set
	// asyncio.sleep's future to complete.
	fut       *futureCore
	exc       error   // exception thrown into the task by this step
	when      float64 // deadline, for timer handles
	sleep     bool
	cancelled bool
	scheduled bool // in the timer heap
}

// Handle is a callback scheduled with call_soon, call_later or call_at.
type Handle struct{ h *handle }

// Cancel cancels the callback; it is a no-op when it already ran.
func (h Handle) Cancel() {
	if h.h.cancelled {
		return
	}
	h.h.cancelled = true
	if h.h.scheduled && curLoop != nil {
		curLoop.timerCancelled++
	}
}

// Cancelled reports whether Cancel was called.
func (h Handle) Cancelled() bool { return h.h.cancelled }

// When returns a timer handle's deadline in loop time.
func (h Handle) When() float64 { return h.h.when }

// Loop is an asyncio event loop.
type Loop struct {
	ready queue
	ntodo int // handles left in the current iteration's batch

	timers         []*handle // a heap ordered exactly as heapq orders TimerHandles
	timerCancelled int

	stopping bool
	fatal    error       // SystemExit or KeyboardInterrupt raised in a task
	failed   []*taskCore // tasks that ended with an exception, in order
	current  *taskCore
	tasks    *taskCore // unfinished tasks, oldest first
	lastTask *taskCore
	start    time.Time

	// Callbacks from other goroutines (threads, subprocess watchers).
	mu       sync.Mutex
	incoming []func()
	nIn      atomic.Int32
	poke     chan struct{}
	timer    *time.Timer

	pool *threadPool

	// waits counts the times the loop blocked waiting for events, and
	// flushIdle makes it flush sys.stdout first (REPLServe's loop).
	waits     int
	flushIdle bool
}

// curLoop is the running loop. asyncio runs one loop at a time per thread,
// and generated programs run their loop on the main goroutine.
var curLoop *Loop

func newLoop() *Loop {
	return &Loop{
		start: time.Now(),
		poke:  make(chan struct{}, 1),
	}
}

// GetRunningLoop returns the running loop (asyncio.get_running_loop()).
func GetRunningLoop() (*Loop, error) {
	if curLoop == nil {
		return nil, RuntimeError.Newf("no running event loop")
	}
	return curLoop, nil
}

func loop() *Loop {
	if curLoop == nil {
		panic("rt: no running event loop")
	}
	return curLoop
}

// Time returns the loop's monotonic clock in seconds (loop.time()).
func (l *Loop) Time() float64 {
	return monotonicBase + time.Since(processStart).Seconds()
}

// CallSoon schedules fn for the next loop iteration (loop.call_soon).
func (l *Loop) CallSoon(fn func()) Handle {
	h := &handle{fn: fn}
	l.ready.push(h)
	return Handle{h}
}

func (l *Loop) callSoon(fn func()) { l.ready.push(&handle{fn: fn}) }

// CallLater schedules fn after delay seconds (loop.call_later).
func (l *Loop) CallLater(delay float64, fn func()) Handle {
	return l.CallAt(l.Time()+delay, fn)
}

// CallAt schedules fn at loop time when (loop.call_at).
func (l *Loop) CallAt(when float64, fn func()) Handle {
	h := &handle{fn: fn, when: when, scheduled: true}
	l.heapPush(h)
	return Handle{h}
}

// schedule puts the timer handle h in the heap to fire at when.
func (l *Loop) scheduleTimer(h *handle, when float64) {
	h.when, h.scheduled, h.cancelled = when, true, false
	l.heapPush(h)
}

// callSoonThreadsafe queues fn from any goroutine and wakes the loop.
func (l *Loop) callSoonThreadsafe(fn func()) {
	l.mu.Lock()
	l.incoming = append(l.incoming, fn)
	l.nIn.Add(1)
	l.mu.Unlock()
	select {
	case l.poke <- struct{}{}:
	default:
	}
}

// CallSoonThreadsafe is loop.call_soon_threadsafe.
func (l *Loop) CallSoonThreadsafe(fn func()) { l.callSoonThreadsafe(fn) }

func (l *Loop) drainIncoming() {
	if l.nIn.Load() == 0 {
		return
	}
	l.mu.Lock()
	in := l.incoming
	l.incoming = nil
	l.nIn.Store(0)
	l.mu.Unlock()
	for _, fn := range in {
		l.ready.push(&handle{fn: fn})
	}
}

// beginIteration is the first half of BaseEventLoop._run_once: it purges
// cancelled timers, waits for I/O (here: callbacks from other goroutines)
// no longer than the next timer, moves due timers to the ready queue and
// fixes the size of the batch to run.
func (l *Loop) beginIteration() {
	if len(l.timers) > 100 && l.timerCancelled*2 > len(l.timers) {
		kept := l.timers[:0]
		for _, h := range l.timers {
			if h.cancelled {
				h.scheduled = false
			} else {
				kept = append(kept, h)
			}
		}
		for i := len(kept); i < len(l.timers); i++ {
			l.timers[i] = nil
		}
		l.timers = kept
		heapify(l.timers)
		l.timerCancelled = 0
	} else {
		for len(l.timers) > 0 && l.timers[0].cancelled {
			l.timerCancelled--
			h := l.heapPop()
			h.scheduled = false
		}
	}

	l.pool.kick()
	if l.ready.len() > 0 || l.stopping {
		yieldGIL()
		l.drainIncoming()
	} else {
		timeout := -1.0
		if len(l.timers) > 0 {
			timeout = math.Max(0, l.timers[0].when-l.Time())
			timeout = math.Min(timeout, 24*3600)
			// epoll waits whole milliseconds, rounded up.
			timeout = math.Ceil(timeout*1e3) * 1e-3
		}
		l.wait(timeout)
	}

	if len(l.timers) == 0 {
		l.ntodo = l.ready.len()
		return
	}
	end := l.Time() + 1e-9
	for len(l.timers) > 0 {
		h := l.timers[0]
		if h.when >= end {
			break
		}
		l.heapPop()
		h.scheduled = false
		l.ready.push(h)
	}
	l.ntodo = l.ready.len()
}

// wait blocks until a callback arrives from another goroutine or timeout
// seconds pass (forever when timeout < 0).
func (l *Loop) wait(timeout float64) {
	if l.nIn.Load() == 0 && timeout != 0 {
		l.waits++
		if l.flushIdle {
			FlushStdout()
		}
		releaseGIL()
		defer acquireGIL()
		if timeout < 0 {
			<-l.poke
		} else {
			d := time.Duration(timeout * 1e9)
			if l.timer == nil {
				l.timer = time.NewTimer(d)
			} else {
				l.timer.Reset(d)
			}
			select {
			case <-l.poke:
				l.timer.Stop()
			case <-l.timer.C:
			}
		}
	}
	l.drainIncoming()
}

// runForever is BaseEventLoop.run_forever: the calling goroutine drives
// the loop, running callbacks and resuming tasks, until stop() was called
// during an iteration.
func (l *Loop) runForever() {
	for {
		if l.ntodo == 0 {
			if l.stopping {
				l.stopping = false
				return
			}
			l.beginIteration()
			continue
		}
		h := l.ready.pop()
		l.ntodo--
		if h.cancelled {
			continue
		}
		switch {
		case h.task != nil:
			h.task.step(h.exc)
		case h.gather != nil:
			h.gather.done(h.fut)
		case h.sleep:
			// futures._set_result_unless_cancelled
			if h.fut.state == pending {
				h.fut.setResult()
			}
		default:
			h.fn()
		}
	}
}

// queue is a FIFO ring buffer of handles.
type queue struct {
	buf        []*handle
	head, size int
}

func (q *queue) len() int { return q.size }

func (q *queue) push(h *handle) {
	if q.size == len(q.buf) {
		n := 2 * len(q.buf)
		if n == 0 {
			n = 64
		}
		buf := make([]*handle, n)
		for i := 0; i < q.size; i++ {
			buf[i] = q.buf[(q.head+i)%len(q.buf)]
		}
		q.buf, q.head = buf, 0
	}
	q.buf[(q.head+q.size)%len(q.buf)] = h
	q.size++
}

func (q *queue) pop() *handle {
	h := q.buf[q.head]
	q.buf[q.head] = nil
	q.head++
	if q.head == len(q.buf) {
		q.head = 0
	}
	q.size--
	return h
}

// The timer heap follows CPython's heapq exactly (including how it orders
// equal deadlines), comparing handles by deadline only.

func (l *Loop) heapPush(h *handle) {
	l.timers = append(l.timers, h)
	siftDown(l.timers, 0, len(l.timers)-1)
}

func (l *Loop) heapPop() *handle {
	n := len(l.timers) - 1
	last := l.timers[n]
	l.timers[n] = nil
	l.timers = l.timers[:n]
	if n == 0 {
		return last
	}
	ret := l.timers[0]
	l.timers[0] = last
	siftUp(l.timers, 0)
	return ret
}

func heapify(x []*handle) {
	for i := len(x)/2 - 1; i >= 0; i-- {
		siftUp(x, i)
	}
}

// siftDown is heapq._siftdown.
func siftDown(heap []*handle, startpos, pos int) {
	newitem := heap[pos]
	for pos > startpos {
		parentpos := (pos - 1) >> 1
		parent := heap[parentpos]
		if newitem.when < parent.when {
			heap[pos] = parent
			pos = parentpos
			continue
		}
		break
	}
	heap[pos] = newitem
}

// siftUp is heapq._siftup.
func siftUp(heap []*handle, pos int) {
	endpos := len(heap)
	startpos := pos
	newitem := heap[pos]
	childpos := 2*pos + 1
	for childpos < endpos {
		rightpos := childpos + 1
		if rightpos < endpos && !(heap[childpos].when < heap[rightpos].when) {
			childpos = rightpos
		}
		heap[pos] = heap[childpos]
		pos = childpos
		childpos = 2*pos + 1
	}
	heap[pos] = newitem
	siftDown(heap, startpos, pos)
}
