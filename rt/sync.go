package rt

import "strconv"

// waiters is a FIFO of pending futures, as the collections.deque of
// waiters in asyncio's locks and queues.
type waiters []*futureCore

func (w *waiters) add() *futureCore {
	f := &futureCore{}
	*w = append(*w, f)
	return f
}

func (w *waiters) remove(f *futureCore) {
	if len(*w) > 0 && (*w)[0] == f {
		// Waiters mostly leave in the order they came.
		(*w)[0] = nil
		*w = (*w)[1:]
		return
	}
	for i, x := range *w {
		if x == f {
			*w = append((*w)[:i], (*w)[i+1:]...)
			return
		}
	}
}

// waitOn awaits f and returns the exception thrown into the task, or the
// future's own exception (CancelledError when f was cancelled).
func waitOn(f *futureCore) error {
	if err := f.await(); err != nil {
		return err
	}
	return f.check()
}

// Lock is asyncio.Lock.
type Lock struct {
	waiters waiters
	locked  bool
}

// NewLock is asyncio.Lock().
func NewLock() *Lock { return &Lock{} }

// Locked reports whether the lock is held.
func (l *Lock) Locked() bool { return l.locked }

// Acquire is "await lock.acquire()" (and "async with lock").
func (l *Lock) Acquire() error {
	if !l.locked && allCancelled(l.waiters) {
		l.locked = true
		return nil
	}
	fut := l.waiters.add()
	return l.acquired(fut, waitOn(fut))
}

// acquired ends a wait for the lock on the waiter fut, which ended with err.
func (l *Lock) acquired(fut *futureCore, err error) error {
	l.waiters.remove(fut)
	if err != nil {
		if IsInstance(err, CancelledError) && !l.locked {
			l.wakeUpFirst()
		}
		return err
	}
	l.locked = true
	return nil
}

func allCancelled(ws waiters) bool {
	for _, w := range ws {
		if w.state != cancelled {
			return false
		}
	}
	return true
}

// Release is lock.release().
func (l *Lock) Release() error {
	if !l.locked {
		return RuntimeError.Newf("Lock is not acquired.")
	}
	l.locked = false
	l.wakeUpFirst()
	return nil
}

func (l *Lock) wakeUpFirst() {
	if len(l.waiters) == 0 {
		return
	}
	if f := l.waiters[0]; !f.done() {
		f.setResult()
	}
}

// String is the lock's repr without its address.
func (l *Lock) String() string {
	extra := "unlocked"
	if l.locked {
		extra = "locked"
	}
	return "<asyncio.locks.Lock object [" + withWaiters(extra, len(l.waiters)) + "]>"
}

func withWaiters(extra string, n int) string {
	if n > 0 {
		return extra + ", waiters:" + strconv.Itoa(n)
	}
	return extra
}

// Event is asyncio.Event.
type Event struct {
	waiters waiters
	value   bool
}

// NewEvent is asyncio.Event().
func NewEvent() *Event { return &Event{} }

// IsSet is event.is_set().
func (e *Event) IsSet() bool { return e.value }

// Set is event.set(): it wakes every waiter.
func (e *Event) Set() {
	if e.value {
		return
	}
	e.value = true
	for _, f := range e.waiters {
		if !f.done() {
			f.setResult()
		}
	}
}

// Clear is event.clear().
func (e *Event) Clear() { e.value = false }

// Wait is "await event.wait()".
func (e *Event) Wait() (bool, error) {
	if e.value {
		return true, nil
	}
	fut := e.waiters.add()
	err := waitOn(fut)
	e.waiters.remove(fut)
	return err == nil, err
}

// WaitStart starts "await event.wait()" in a stackless frame (see
// Frame); it reports whether the frame must return Suspended.
func (e *Event) WaitStart() bool {
	if e.value {
		return false
	}
	t := frameTask()
	t.frameFut = e.waiters.add()
	t.waitFor(t.frameFut)
	return true
}

// WaitEnd finishes the "await event.wait()" WaitStart started, in a frame
// resumed with exc.
func (e *Event) WaitEnd(exc error) (bool, error) {
	fut, err := frameWaitEnd(exc)
	if fut == nil {
		return true, nil // the event was set: no wait
	}
	e.waiters.remove(fut)
	return err == nil, err
}

// Condition is asyncio.Condition.
type Condition struct {
	*Lock
	waiters waiters
}

// NewCondition is asyncio.Condition(lock); a nil lock makes a new one.
func NewCondition(lock *Lock) *Condition {
	if lock == nil {
		lock = NewLock()
	}
	return &Condition{Lock: lock}
}

// Wait is "await cond.wait()".
func (c *Condition) Wait() (bool, error) {
	if !c.Locked() {
		return false, RuntimeError.Newf("cannot wait on un-acquired lock")
	}
	c.Release()
	fut := c.waiters.add()
	err := waitOn(fut)
	c.waiters.remove(fut)
	wasCancelled := false
	for {
		e := c.Acquire()
		if e == nil {
			break
		}
		if !IsInstance(e, CancelledError) {
			return false, e
		}
		wasCancelled = true
	}
	if wasCancelled {
		return false, CancelledError.New()
	}
	if err != nil {
		return false, err
	}
	return true, nil
}

// WaitFor is "await cond.wait_for(predicate)".
func (c *Condition) WaitFor(predicate func() (bool, error)) (bool, error) {
	for {
		ok, err := predicate()
		if err != nil || ok {
			return ok, err
		}
		if _, err := c.Wait(); err != nil {
			return false, err
		}
	}
}

// Notify wakes up to n waiters.
func (c *Condition) Notify(n int) error {
	if !c.Locked() {
		return RuntimeError.Newf("cannot notify on un-acquired lock")
	}
	idx := 0
	for _, f := range c.waiters {
		if idx >= n {
			break
		}
		if !f.done() {
			idx++
			f.setResult()
		}
	}
	return nil
}

// NotifyAll wakes every waiter.
func (c *Condition) NotifyAll() error { return c.Notify(len(c.waiters)) }

// Semaphore is asyncio.Semaphore and, with a bound, BoundedSemaphore.
type Semaphore struct {
	waiters waiters
	value   int
	bound   int // 0 when unbounded
}

// NewSemaphore is asyncio.Semaphore(value).
func NewSemaphore(value int) (*Semaphore, error) {
	if value < 0 {
		return nil, ValueError.Newf("Semaphore initial value must be >= 0")
	}
	return &Semaphore{value: value}, nil
}

// NewBoundedSemaphore is asyncio.BoundedSemaphore(value).
func NewBoundedSemaphore(value int) (*Semaphore, error) {
	s, err := NewSemaphore(value)
	if s != nil {
		s.bound = value
	}
	return s, err
}

// Locked reports whether acquire would wait.
func (s *Semaphore) Locked() bool {
	if s.value == 0 {
		return true
	}
	for _, w := range s.waiters {
		if w.state != cancelled {
			return true
		}
	}
	return false
}

// Acquire is "await sem.acquire()" (and "async with sem").
func (s *Semaphore) Acquire() error {
	if !s.Locked() {
		s.value--
		return nil
	}
	fut := s.waiters.add()
	return s.acquired(fut, waitOn(fut))
}

// acquired ends a wait for the semaphore on the waiter fut, which ended
// with err.
func (s *Semaphore) acquired(fut *futureCore, err error) error {
	s.waiters.remove(fut)
	if err != nil {
		if IsInstance(err, CancelledError) && fut.state != cancelled {
			s.value++
			s.wakeUpNext()
		}
		return err
	}
	if s.value > 0 {
		s.wakeUpNext()
	}
	return nil
}

// Release is sem.release().
func (s *Semaphore) Release() error {
	if s.bound > 0 && s.value >= s.bound {
		return ValueError.Newf("BoundedSemaphore released too many times")
	}
	s.value++
	s.wakeUpNext()
	return nil
}

func (s *Semaphore) wakeUpNext() {
	for _, f := range s.waiters {
		if !f.done() {
			s.value--
			f.setResult()
			return
		}
	}
}

// queueKind selects where Queue takes items from.
type queueKind int

const (
	fifoQueue queueKind = iota
	lifoQueue
	priorityQueue
)

// Queue is asyncio.Queue, LifoQueue or PriorityQueue of T.
type Queue[T any] struct {
	kind       queueKind
	less       func(a, b T) bool
	items      []T
	head       int
	maxsize    int
	getters    waiters
	putters    waiters
	unfinished int
	finished   *Event
}

// NewQueue is asyncio.Queue(maxsize).
func NewQueue[T any](maxsize int) *Queue[T] {
	q := &Queue[T]{maxsize: maxsize, finished: NewEvent()}
	q.finished.Set()
	return q
}

// NewLifoQueue is asyncio.LifoQueue(maxsize).
func NewLifoQueue[T any](maxsize int) *Queue[T] {
	q := NewQueue[T](maxsize)
	q.kind = lifoQueue
	return q
}

// NewPriorityQueue is asyncio.PriorityQueue(maxsize); less orders items.
func NewPriorityQueue[T any](maxsize int, less func(a, b T) bool) *Queue[T] {
	q := NewQueue[T](maxsize)
	q.kind, q.less = priorityQueue, less
	return q
}

// Qsize is queue.qsize().
func (q *Queue[T]) Qsize() int { return len(q.items) - q.head }

// Maxsize is queue.maxsize.
func (q *Queue[T]) Maxsize() int { return q.maxsize }

// Empty is queue.empty().
func (q *Queue[T]) Empty() bool { return q.Qsize() == 0 }

// Full is queue.full().
func (q *Queue[T]) Full() bool { return q.maxsize > 0 && q.Qsize() >= q.maxsize }

func wakeupNext(w *waiters) {
	for len(*w) > 0 {
		f := (*w)[0]
		*w = (*w)[1:]
		if !f.done() {
			f.setResult()
			return
		}
	}
}

// Put is "await queue.put(item)".
func (q *Queue[T]) Put(item T) error {
	for q.Full() {
		putter := q.putters.add()
		if err := waitOn(putter); err != nil {
			putter.cancel(nil)
			q.putters.remove(putter)
			if !q.Full() && putter.state != cancelled {
				wakeupNext(&q.putters)
			}
			return err
		}
	}
	return q.PutNowait(item)
}

// PutNowait is queue.put_nowait(item).
func (q *Queue[T]) PutNowait(item T) error {
	if q.Full() {
		return QueueFull.New()
	}
	q.push(item)
	q.unfinished++
	q.finished.Clear()
	wakeupNext(&q.getters)
	return nil
}

// Get is "await queue.get()".
func (q *Queue[T]) Get() (T, error) {
	for q.Empty() {
		getter := q.getters.add()
		if err := waitOn(getter); err != nil {
			getter.cancel(nil)
			q.getters.remove(getter)
			if !q.Empty() && getter.state != cancelled {
				wakeupNext(&q.getters)
			}
			var zero T
			return zero, err
		}
	}
	return q.GetNowait()
}

// GetNowait is queue.get_nowait().
func (q *Queue[T]) GetNowait() (T, error) {
	if q.Empty() {
		var zero T
		return zero, QueueEmpty.New()
	}
	item := q.pop()
	wakeupNext(&q.putters)
	return item, nil
}

// TaskDone is queue.task_done().
func (q *Queue[T]) TaskDone() error {
	if q.unfinished <= 0 {
		return ValueError.Newf("task_done() called too many times")
	}
	q.unfinished--
	if q.unfinished == 0 {
		q.finished.Set()
	}
	return nil
}

// Join is "await queue.join()".
func (q *Queue[T]) Join() error {
	if q.unfinished > 0 {
		_, err := q.finished.Wait()
		return err
	}
	return nil
}

func (q *Queue[T]) push(item T) {
	q.items = append(q.items, item)
	if q.kind == priorityQueue {
		// heapq.heappush over items[head:]
		h := q.items[q.head:]
		pos := len(h) - 1
		for pos > 0 {
			parent := (pos - 1) >> 1
			if q.less(item, h[parent]) {
				h[pos] = h[parent]
				pos = parent
				continue
			}
			break
		}
		h[pos] = item
	}
}

func (q *Queue[T]) pop() T {
	var zero T
	switch q.kind {
	case lifoQueue:
		n := len(q.items) - 1
		item := q.items[n]
		q.items[n] = zero
		q.items = q.items[:n]
		return item
	case priorityQueue:
		return q.heapPop()
	}
	item := q.items[q.head]
	q.items[q.head] = zero
	q.head++
	if q.head == len(q.items) {
		q.items, q.head = q.items[:0], 0
	} else if q.head > 1024 && q.head*2 > len(q.items) {
		n := copy(q.items, q.items[q.head:])
		clear(q.items[n:])
		q.items, q.head = q.items[:n], 0
	}
	return item
}

// heapPop is heapq.heappop with the same sift order as CPython's.
func (q *Queue[T]) heapPop() T {
	var zero T
	h := q.items
	n := len(h) - 1
	last := h[n]
	h[n] = zero
	h = h[:n]
	q.items = h
	if n == 0 {
		return last
	}
	ret := h[0]
	// _siftup
	pos, end := 0, len(h)
	child := 1
	for child < end {
		right := child + 1
		if right < end && !q.less(h[child], h[right]) {
			child = right
		}
		h[pos] = h[child]
		pos = child
		child = 2*pos + 1
	}
	h[pos] = last
	// _siftdown(0, pos)
	for pos > 0 {
		parent := (pos - 1) >> 1
		if q.less(last, h[parent]) {
			h[pos] = h[parent]
			pos = parent
			continue
		}
		break
	}
	h[pos] = last
	return ret
}
