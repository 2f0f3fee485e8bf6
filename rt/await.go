package rt

// Sleep is "await asyncio.sleep(secs)".
func Sleep(secs float64) error {
	_, err := SleepResult(secs, None)
	return err
}

// SleepResult is "await asyncio.sleep(secs, result)".
func SleepResult[T any](secs float64, result T) (T, error) {
	l := loop()
	t := l.current
	if secs <= 0 {
		if err := t.yield(); err != nil {
			var zero T
			return zero, err
		}
		return result, nil
	}
	f := t.startSleep(secs)
	err := f.await()
	t.sleeping = false
	if err == nil {
		err = f.check()
	}
	Handle{t.sleep.cur}.Cancel()
	if err != nil {
		var zero T
		return zero, err
	}
	return result, nil
}

// startSleep arms the timer of a sleep of secs > 0 seconds and returns the
// future it completes; t.sleep.cur is the timer.
func (t *taskCore) startSleep(secs float64) *futureCore {
	if t.sleep == nil {
		t.sleep = &sleepState{}
	}
	f := &t.sleep.fut
	*f = futureCore{}
	h := &t.sleep.timer
	if h.scheduled {
		h = &handle{}
	}
	t.sleep.cur = h
	h.fut, h.sleep = f, true
	t.loop.scheduleTimer(h, t.loop.Time()+secs)
	t.sleeping = true
	return f
}

// releaseWaiter is tasks._release_waiter.
func releaseWaiter(w *futureCore) func() {
	return func() {
		if !w.done() {
			w.setResult()
		}
	}
}

// Gather is asyncio.gather(*aws): a future of all results in order. The
// first exception (or cancellation) of a child becomes the outer future's
// exception; the other children keep running.
func Gather[T any](aws ...Awaitable[T]) *Future[[]T] {
	outer := NewFuture[[]T]()
	children := gatherChildren(aws)
	gatherInto(outer.c, children, false, func() {
		res := make([]T, len(children))
		for i, ch := range children {
			res[i] = *ch.r
		}
		*outer.r = res
	})
	return outer
}

// GatherReturnExceptions is asyncio.gather(*aws, return_exceptions=True):
// each item of the result is a T or an error.
func GatherReturnExceptions[T any](aws ...Awaitable[T]) *Future[[]any] {
	outer := NewFuture[[]any]()
	children := gatherChildren(aws)
	gatherInto(outer.c, children, true, func() {
		res := make([]any, len(children))
		for i, ch := range children {
			switch {
			case ch.c.state == cancelled:
				msg := ""
				if ch.c.cancelMsg != nil {
					msg = *ch.c.cancelMsg
				}
				res[i] = CancelledError.New(msg)
			case ch.c.exc != nil:
				res[i] = ch.c.exc
			default:
				res[i] = *ch.r
			}
		}
		*outer.r = res
	})
	return outer
}

// gatherChildren wraps each awaitable in a future; an awaitable given
// twice gives the same future, as gather's arg_to_fut does.
func gatherChildren[T any](aws []Awaitable[T]) []*Future[T] {
	children := make([]*Future[T], len(aws))
	for i, a := range aws {
		children[i] = ensureFuture(a)
	}
	return children
}

// gatherState is the state gather's _done_callback closes over.
type gatherState struct {
	outer            *futureCore
	nfuts, nfinished int
	returnExceptions bool
	cancelRequested  bool
	collect          func()
}

const gatherCallback = "gather.<locals>._done_callback() at /usr/lib/python3.11/asyncio/tasks.py:764"

func gatherInto[T any](outer *futureCore, children []*Future[T], returnExceptions bool, collect func()) {
	outer.gathering = true
	if len(children) == 0 {
		collect()
		outer.setResult()
		return
	}
	g := &gatherState{outer: outer, returnExceptions: returnExceptions, collect: collect}
	outer.cancelFn = func(msg *string) bool {
		if outer.done() {
			return false
		}
		ret := false
		for _, ch := range children {
			if ch.c.cancel(msg) {
				ret = true
			}
		}
		if ret {
			g.cancelRequested = true
		}
		return ret
	}
	for _, ch := range children {
		if ch.c.gatherMark == g {
			continue
		}
		ch.c.gatherMark = g
		g.nfuts++
		ch.c.addCallback(callback{gather: g})
	}
}

// done is gather's _done_callback for the child fut.
func (g *gatherState) done(fut *futureCore) {
	g.nfinished++
	fut.logTB = false
	outer := g.outer
	if outer.done() {
		return
	}
	if !g.returnExceptions {
		if fut.state == cancelled {
			outer.setException(fut.makeCancelledError())
			return
		}
		if fut.exc != nil {
			outer.setException(fut.exc)
			return
		}
	}
	if g.nfinished == g.nfuts {
		if g.cancelRequested {
			outer.setException(fut.makeCancelledError())
			return
		}
		g.collect()
		outer.setResult()
	}
}

// Shield is asyncio.shield(aw): cancelling the returned future does not
// cancel aw.
func Shield[T any](aw Awaitable[T]) *Future[T] {
	inner := ensureFuture(aw)
	if inner.c.done() {
		return inner
	}
	outer := NewFuture[T]()
	var innerID int
	innerID = inner.c.addCallback(callback{desc: "shield.<locals>._inner_done_callback() at /usr/lib/python3.11/asyncio/tasks.py:881", fn: func() {
		inner.c.logTB = false
		if outer.c.state == cancelled {
			return
		}
		switch {
		case inner.c.state == cancelled:
			outer.c.cancel(nil)
		case inner.c.exc != nil:
			outer.c.setException(inner.c.exc)
		default:
			*outer.r = *inner.r
			outer.c.setResult()
		}
	}})
	outer.c.addCallback(callback{desc: "shield.<locals>._outer_done_callback() at /usr/lib/python3.11/asyncio/tasks.py:899", fn: func() {
		if !inner.c.done() {
			inner.c.removeCallback(innerID)
		}
	}})
	return outer
}

// cancelAndWait is tasks._cancel_and_wait.
func cancelAndWait(f *futureCore) error {
	w := &futureCore{}
	id := f.addCallback(callback{fn: releaseWaiter(w)})
	f.cancel(nil)
	err := w.await()
	f.removeCallback(id)
	return err
}

// WaitFor is "await asyncio.wait_for(aw, timeout)". A negative timeout
// stands for None (wait forever).
func WaitFor[T any](aw Awaitable[T], timeout float64) (T, error) {
	var zero T
	if timeout < 0 {
		return aw.Await()
	}
	l := loop()
	if timeout == 0 {
		f := ensureFuture(aw)
		if f.c.done() {
			return f.Result()
		}
		if err := cancelAndWait(f.c); err != nil {
			return zero, err
		}
		v, err := f.Result()
		if err != nil && IsInstance(err, CancelledError) {
			return zero, timeoutFrom(err)
		}
		return v, err
	}
	waiter := &futureCore{}
	th := l.CallLater(timeout, releaseWaiter(waiter))
	defer th.Cancel()
	f := ensureFuture(aw)
	cbID := f.c.addCallback(callback{fn: releaseWaiter(waiter)})
	if err := waiter.await(); err != nil {
		if IsInstance(err, CancelledError) {
			if f.c.done() {
				return f.Result()
			}
			f.c.removeCallback(cbID)
			if err2 := cancelAndWait(f.c); err2 != nil {
				return zero, err2
			}
		}
		return zero, err
	}
	if f.c.done() {
		return f.Result()
	}
	f.c.removeCallback(cbID)
	if err := cancelAndWait(f.c); err != nil {
		return zero, err
	}
	v, err := f.Result()
	if err != nil && IsInstance(err, CancelledError) {
		return zero, timeoutFrom(err)
	}
	return v, err
}

func timeoutFrom(cause error) error {
	e := TimeoutError.New()
	e.Cause = cause
	e.SuppressContext = true
	return e
}

// Wait conditions for asyncio.wait.
const (
	FirstCompleted = "FIRST_COMPLETED"
	FirstException = "FIRST_EXCEPTION"
	AllCompleted   = "ALL_COMPLETED"
)

// Wait is "await asyncio.wait(fs, timeout=, return_when=)"; a negative
// timeout stands for None. It returns the done and pending tasks.
func Wait[T any](fs []*Task[T], timeout float64, returnWhen string) (done, pending []*Task[T], err error) {
	if len(fs) == 0 {
		return nil, nil, ValueError.Newf("Set of Tasks/Futures is empty.")
	}
	l := loop()
	uniq := make([]*Task[T], 0, len(fs))
	seen := map[*Task[T]]bool{}
	for _, f := range fs {
		if !seen[f] {
			seen[f] = true
			uniq = append(uniq, f)
		}
	}
	waiter := &futureCore{}
	var th Handle
	if timeout >= 0 {
		th = l.CallLater(timeout, releaseWaiter(waiter))
	}
	counter := len(uniq)
	ids := make([]int, len(uniq))
	for i, f := range uniq {
		c := &f.c.futureCore
		ids[i] = c.addCallback(callback{desc: "_wait.<locals>._on_completion() at /usr/lib/python3.11/asyncio/tasks.py:522", fn: func() {
			counter--
			if counter <= 0 || returnWhen == FirstCompleted ||
				returnWhen == FirstException && c.state != cancelled && c.exc != nil {
				if th.h != nil {
					th.Cancel()
				}
				if !waiter.done() {
					waiter.setResult()
				}
			}
		}})
	}
	err = waiter.await()
	if th.h != nil {
		th.Cancel()
	}
	for i, f := range uniq {
		f.c.removeCallback(ids[i])
	}
	if err != nil {
		return nil, nil, err
	}
	for _, f := range uniq {
		if f.c.done() {
			done = append(done, f)
		} else {
			pending = append(pending, f)
		}
	}
	return done, pending, nil
}

// AsCompleted is asyncio.as_completed(aws, timeout=): coroutines that
// each return the next result to complete. A negative timeout stands for
// None; when it expires the remaining coroutines raise TimeoutError.
func AsCompleted[T any](aws []Awaitable[T], timeout float64) []*Coro[T] {
	l := loop()
	var todo []*Future[T]
	seen := map[*futureCore]bool{}
	for _, a := range aws {
		f := ensureFuture(a)
		if !seen[f.c] {
			seen[f.c] = true
			todo = append(todo, f)
		}
	}
	done := NewQueue[*Future[T]](0)
	var th *Handle
	ids := make(map[*futureCore]int, len(todo))
	remove := func(f *Future[T]) {
		for i, x := range todo {
			if x == f {
				todo = append(todo[:i], todo[i+1:]...)
				return
			}
		}
	}
	for _, f := range todo {
		ids[f.c] = f.c.addCallback(callback{desc: "as_completed.<locals>._on_completion() at /usr/lib/python3.11/asyncio/tasks.py:601", fn: func() {
			if len(todo) == 0 {
				return
			}
			remove(f)
			done.PutNowait(f)
			if len(todo) == 0 && th != nil {
				th.Cancel()
			}
		}})
	}
	if len(todo) > 0 && timeout >= 0 {
		h := l.CallLater(timeout, func() {
			for _, f := range todo {
				f.c.removeCallback(ids[f.c])
				done.PutNowait(nil)
			}
			todo = nil
		})
		th = &h
	}
	coros := make([]*Coro[T], len(todo))
	for i := range coros {
		coros[i] = NewCoro("as_completed.<locals>._wait_for_one", func() (T, error) {
			var zero T
			f, err := done.Get()
			if err != nil {
				return zero, err
			}
			if f == nil {
				return zero, Raise(TimeoutError.New())
			}
			return f.Result()
		})
	}
	return coros
}
