package rt

import "strings"

type futState uint8

const (
	pending futState = iota
	cancelled
	finished
)

func (s futState) String() string {
	switch s {
	case pending:
		return "PENDING"
	case cancelled:
		return "CANCELLED"
	}
	return "FINISHED"
}

// callback is a done callback: a function, or the wakeup of a task that
// awaits the future.
type callback struct {
	id     uint32
	fn     func()
	task   *taskCore
	gather *gatherState
	desc   string // how CPython names the callback in a repr
}

// futureCore is the untyped part of a future or task.
type futureCore struct {
	state     futState
	gathering bool   // a _GatheringFuture, as gather returns
	logTB     bool   // an exception nobody retrieved yet
	nextID    uint32 // the id of the last callback added
	exc       error
	cancelMsg *string
	// cancelledExc is the CancelledError that ended a task, re-raised by result().
	cancelledExc error
	callbacks    []callback
	gatherMark   *gatherState           // the gather that last took this future as a child
	task         *taskCore              // set when this is a task
	cancelFn     func(msg *string) bool // overrides cancel (gather)
	reprResult   func() string          // a plain future's result repr
	excTB        *tbPart                // the exception's traceback when it was set
}

func (f *futureCore) done() bool { return f.state != pending }

func (f *futureCore) addCallback(cb callback) int {
	f.nextID++
	cb.id = f.nextID
	if f.done() {
		f.scheduleOne(cb)
		return int(cb.id)
	}
	f.callbacks = append(f.callbacks, cb)
	return int(cb.id)
}

func (f *futureCore) removeCallback(id int) {
	for i, cb := range f.callbacks {
		if int(cb.id) == id {
			f.callbacks = append(f.callbacks[:i], f.callbacks[i+1:]...)
			return
		}
	}
}

func (f *futureCore) scheduleOne(cb callback) {
	l := loop()
	if cb.task != nil {
		l.ready.push(cb.task.stepHandle(f.wakeupExc()))
		return
	}
	if cb.gather != nil {
		l.ready.push(&handle{gather: cb.gather, fut: f})
		return
	}
	l.callSoon(cb.fn)
}

func (f *futureCore) scheduleCallbacks() {
	cbs := f.callbacks
	f.callbacks = nil
	for _, cb := range cbs {
		f.scheduleOne(cb)
	}
}

// wakeupExc is what Task.__wakeup throws into an awaiting task.
func (f *futureCore) wakeupExc() error {
	switch f.state {
	case cancelled:
		return f.makeCancelledError()
	case finished:
		f.logTB = false
		return f.exc
	}
	return nil
}

func (f *futureCore) makeCancelledError() error {
	if f.cancelledExc != nil {
		exc := f.cancelledExc
		f.cancelledExc = nil
		return exc
	}
	if f.cancelMsg == nil {
		return CancelledError.New()
	}
	return CancelledError.New(*f.cancelMsg)
}

func (f *futureCore) setResult() error {
	if f.state != pending {
		return InvalidStateError.Newf("invalid state")
	}
	f.state = finished
	f.scheduleCallbacks()
	return nil
}

func (f *futureCore) setException(err error) error {
	if f.state != pending {
		return InvalidStateError.Newf("invalid state")
	}
	if ClassOf(err) == StopIteration {
		return TypeError.Newf("StopIteration interacts badly with generators and cannot be raised into a Future")
	}
	f.exc = err
	f.excTB = AsExc(err).tb.parts
	f.state = finished
	f.scheduleCallbacks()
	return nil
}

// reraised adds the awaiting task's frames, then between, to the
// traceback of the future's own exception when an await raises it.
func (f *futureCore) reraised(err error, between []frame) error {
	if f.exc == nil || err != f.exc || IsInstance(err, CancelledError) {
		return err
	}
	return reraise(err, 3, between, f.excTB)
}

// cancel is Future.cancel, or the override of a task or gather.
func (f *futureCore) cancel(msg *string) bool {
	if f.task != nil {
		return f.task.cancel(msg)
	}
	if f.cancelFn != nil {
		return f.cancelFn(msg)
	}
	return f.futureCancel(msg)
}

func (f *futureCore) futureCancel(msg *string) bool {
	if f.state != pending {
		return false
	}
	f.state = cancelled
	f.cancelMsg = msg
	f.scheduleCallbacks()
	return true
}

// check is the error part of Future.result().
func (f *futureCore) check() error {
	switch f.state {
	case cancelled:
		return f.makeCancelledError()
	case pending:
		return InvalidStateError.Newf("Result is not set.")
	}
	f.logTB = false
	return f.exc
}

func (f *futureCore) exception() (error, error) {
	switch f.state {
	case cancelled:
		return nil, f.makeCancelledError()
	case pending:
		return nil, InvalidStateError.Newf("Exception is not set.")
	}
	f.logTB = false
	return f.exc, nil
}

// await blocks the current task until f is done. It returns the exception
// thrown into the task when it resumes (the future's own exception is
// returned by check).
func (f *futureCore) await() error {
	if f.done() {
		return nil
	}
	t := loop().current
	if t == nil {
		return RuntimeError.Newf("await outside of a task")
	}
	if exc := t.block(f); exc != nil {
		return exc
	}
	if !f.done() {
		return RuntimeError.Newf("await wasn't used with future")
	}
	return nil
}

// repr is CPython's repr of a future.
func (f *futureCore) repr() string {
	kind := "Future"
	if f.gathering {
		kind = "_GatheringFuture"
	}
	return "<" + kind + " " + strings.Join(f.reprInfo(), " ") + ">"
}

func (f *futureCore) reprInfo() []string {
	info := []string{strings.ToLower(f.state.String())}
	if f.state == finished {
		if f.exc != nil {
			info = append(info, "exception="+Repr(f.exc))
		} else if f.task != nil {
			info = append(info, "result="+f.task.view.resultRepr())
		} else if f.reprResult != nil {
			info = append(info, "result="+f.reprResult())
		} else {
			info = append(info, "result=None")
		}
	}
	if len(f.callbacks) > 0 {
		info = append(info, "cb=["+formatCallbacks(f.callbacks)+"]")
	}
	return info
}

func formatCallbacks(cbs []callback) string {
	name := func(cb callback) string {
		if cb.task != nil {
			return "Task.task_wakeup()"
		}
		if cb.gather != nil {
			return gatherCallback
		}
		if cb.desc != "" {
			return cb.desc
		}
		return "<callback>"
	}
	switch n := len(cbs); {
	case n == 1:
		return name(cbs[0])
	case n == 2:
		return name(cbs[0]) + ", " + name(cbs[1])
	default:
		return name(cbs[0]) + ", <" + itoa(n-2) + " more>, " + name(cbs[n-1])
	}
}

// Future is an asyncio.Future whose result has type T. It is a view: a
// task's future and the task share their state.
type Future[T any] struct {
	c *futureCore
	r *T
}

// NewFuture returns a new pending future (loop.create_future()).
func NewFuture[T any]() *Future[T] {
	p := &plainFuture[T]{}
	p.f = Future[T]{c: &p.c, r: &p.r}
	p.c.reprResult = p.resultRepr
	return &p.f
}

// plainFuture is a future with its state and result, made at once.
type plainFuture[T any] struct {
	f Future[T]
	c futureCore
	r T
}

func (p *plainFuture[T]) resultRepr() string { return reprlib(p.r) }

// Await waits for the future and returns its result.
func (f *Future[T]) Await() (T, error) { return f.outcome(f.c.awaited(f.c.await(), true)) }

// AwaitCancelCaught is Await for a caller that catches CancelledError
// and drops it unseen (an except clause without "as" whose body cannot
// raise): the cancellation of the future raises without recording the
// traceback nothing will show, which is most of the cost of raising it.
func (f *Future[T]) AwaitCancelCaught() (T, error) {
	return f.outcome(f.c.awaited(f.c.await(), false))
}

// outcome is the result of an await that ended with err.
func (f *Future[T]) outcome(err error) (T, error) {
	if err != nil {
		var zero T
		return zero, err
	}
	return *f.r, nil
}

// awaited is the end of "await f": the exception thrown into the task
// while it waited (exc), or f's own outcome once it is done. traced says
// whether a cancellation result() makes afresh records its traceback.
func (f *futureCore) awaited(exc error, traced bool) error {
	return f.awaitedThrough(exc, traced, nil)
}

// awaitedThrough is awaited for an await in CPython's own code: between
// are its frames, shown between the awaiting task's and the exception's.
func (f *futureCore) awaitedThrough(exc error, traced bool, between []frame) error {
	if exc != nil {
		return f.reraised(exc, between)
	}
	if !f.done() {
		return RuntimeError.Newf("await wasn't used with future")
	}
	if err := f.check(); err != nil {
		if traced {
			err = awaitRaised(err)
		}
		return f.reraised(err, between)
	}
	return nil
}

// awaitRaised gives a CancelledError that result() made afresh (the
// future was cancelled, not a task ended by one) the traceback of the
// await that raises it, as CPython's "raise" in result() does.
func awaitRaised(err error) error {
	if IsInstance(err, CancelledError) {
		if e := AsExc(err); e.tb.parts == nil {
			e.tb.capture(2)
			e.tb.fresh = false
		}
	}
	return err
}

func (f *Future[T]) future() (*futureCore, *T) { return f.c, f.r }

// SetResult marks the future done with result v.
func (f *Future[T]) SetResult(v T) error {
	if f.c.task != nil {
		return RuntimeError.Newf("Task does not support set_result operation")
	}
	if f.c.state != pending {
		return f.c.setResult()
	}
	*f.r = v
	return f.c.setResult()
}

// SetException marks the future done with an exception.
func (f *Future[T]) SetException(err error) error {
	if f.c.task != nil {
		return RuntimeError.Newf("Task does not support set_exception operation")
	}
	return f.c.setException(err)
}

// Result returns the result, or raises the exception, CancelledError or
// InvalidStateError as Future.result() does.
func (f *Future[T]) Result() (T, error) {
	if err := f.c.check(); err != nil {
		var zero T
		return zero, err
	}
	return *f.r, nil
}

// Exception returns the future's exception (nil when it has a result).
func (f *Future[T]) Exception() (error, error) { return f.c.exception() }

// Done reports whether the future is done.
func (f *Future[T]) Done() bool { return f.c.done() }

// Cancelled reports whether the future was cancelled.
func (f *Future[T]) Cancelled() bool { return f.c.state == cancelled }

// Cancel cancels the future (Future.cancel()).
func (f *Future[T]) Cancel() bool { return f.c.cancel(nil) }

// CancelMsg cancels the future with a message (Future.cancel(msg)).
func (f *Future[T]) CancelMsg(msg string) bool { return f.c.cancel(&msg) }

// AddDoneCallback schedules fn when the future is done.
func (f *Future[T]) AddDoneCallback(fn func(*Future[T])) {
	f.c.addCallback(callback{fn: func() { fn(f) }, desc: "<function>"})
}

// String returns CPython's repr of the future.
func (f *Future[T]) String() string {
	if f.c.task != nil {
		return f.c.task.repr()
	}
	return f.c.repr()
}

// PyRepr returns CPython's repr of the future.
func (f *Future[T]) PyRepr() string { return f.String() }
