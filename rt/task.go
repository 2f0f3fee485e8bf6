package rt

import (
	"strings"
)

// taskCore is the untyped part of a task.
//
// A program may hold many thousands of tasks at once, so the fields are
// laid out to keep the struct small: the flags share one word at the end.
type taskCore struct {
	futureCore
	loop       *Loop
	coroName   string
	prev, next *taskCore   // the loop's list of unfinished tasks, oldest first
	co         *coroutine  // the goroutine running the coroutine, from its first step
	frameFut   *futureCore // the waiter future a frame suspended on, when it owns one

	futWaiter *futureCore
	extra     *taskExtra // what few tasks have

	parkedPCs *stack      // where the coroutine is suspended, when lines are tracked
	stepH     handle      // the task's one pending step; a task never has two
	sleep     *sleepState // asyncio.sleep's future and timer, reused
	seq       int
	view      AnyTask

	numCancelsRequested int32
	started             bool
	ended               bool // the coroutine returned
	frame               bool // the coroutine is a stackless frame (no goroutine)
	mustCancel          bool
	isMain              bool // the task asyncio.run runs
	sleeping            bool // in asyncio.sleep
	parkedInSleep       bool // suspended in asyncio.sleep when parkedPCs were taken
}

// taskExtra is what a task has only when it is named or cancelled with
// a message.
type taskExtra struct {
	name      string  // create_task(name=...), set_name(); "" for Task-N
	cancelMsg *string // the message of cancel(msg)
}

// cancelMsg is the message of the task's cancel(msg), nil without one.
func (t *taskCore) cancelMsg() *string {
	if t.extra == nil {
		return nil
	}
	return t.extra.cancelMsg
}

func (t *taskCore) more() *taskExtra {
	if t.extra == nil {
		t.extra = &taskExtra{}
	}
	return t.extra
}

// sleepState is what asyncio.sleep needs: a task sleeps once at a time,
// so a task that sleeps again reuses them (the timer only when it left the
// heap).
type sleepState struct {
	fut   futureCore
	timer handle
	cur   *handle // the timer of the sleep in progress
}

var taskCounter int

// stepHandle returns the task's step handle carrying exc.
func (t *taskCore) stepHandle(exc error) *handle {
	t.stepH.task = t
	t.stepH.exc = exc
	return &t.stepH
}

// step is Task.__step: it resumes the task's coroutine with exc (nil to
// send a value) until the coroutine awaits something pending or returns.
func (t *taskCore) step(exc error) {
	if t.done() {
		return
	}
	if t.mustCancel {
		if exc == nil || !IsInstance(exc, CancelledError) {
			exc = t.makeTaskCancelledError()
		}
		t.mustCancel = false
	}
	t.futWaiter = nil
	l := t.loop
	if !t.started {
		t.started = true
		if exc != nil {
			// A coroutine that has not started raises at once.
			t.finish(exc)
			return
		}
		if t.frame = t.view.hasFrame(); !t.frame {
			t.co = getCoroutine()
			t.co.task = t
		}
	}
	l.current = t
	if t.frame {
		// A stackless frame resumes right here, on the loop's stack.
		done, err := t.view.resumeFrame(exc)
		l.current = nil
		if done {
			t.finish(err)
		}
		return
	}
	t.co.resumeExc = exc
	t.co.next()
	l.current = nil
}

func (t *taskCore) makeTaskCancelledError() error {
	if msg := t.cancelMsg(); msg != nil {
		return CancelledError.New(*msg)
	}
	return CancelledError.New()
}

// finish is the end of Task.__step when the coroutine returns or raises.
func (t *taskCore) finish(err error) {
	t.ended = true
	t.loop.removeTask(t)
	switch {
	case err == nil:
		if t.mustCancel {
			t.mustCancel = false
			t.futureCancel(t.cancelMsg())
		} else {
			t.state = finished
			t.scheduleCallbacks()
		}
	case IsInstance(err, CancelledError):
		t.cancelledExc = err
		t.futureCancel(nil)
	default:
		t.exc = err
		t.excTB = AsExc(err).tb.parts
		t.logTB = true
		t.loop.failed = append(t.loop.failed, t)
		t.state = finished
		t.scheduleCallbacks()
		if IsInstance(err, SystemExit, KeyboardInterrupt) {
			t.loop.fatal = err
			t.loop.stopping = true
		}
	}
}

// block suspends the running task until f is done (the coroutine yielded
// f). It returns the exception thrown into the task when it resumes.
func (t *taskCore) block(f *futureCore) error {
	t.waitFor(f)
	return t.suspend()
}

// waitFor makes the task's next step wait for f (the first half of block).
func (t *taskCore) waitFor(f *futureCore) {
	f.addCallback(callback{task: t})
	t.futWaiter = f
	if t.mustCancel {
		if f.cancel(t.cancelMsg()) {
			t.mustCancel = false
		}
	}
}

// yield suspends the running task for one loop iteration (a bare yield,
// as in asyncio.sleep(0)). When the task is the last of its batch and
// would be the only callback of the next iteration, that iteration runs
// right here and the task goes on without a switch.
func (t *taskCore) yield() error {
	l := t.loop
	h := t.stepHandle(nil)
	l.ready.push(h)
	if l.ntodo == 0 && !l.stopping && l.ready.len() == 1 {
		l.beginIteration()
		if l.ntodo == 1 && l.ready.buf[l.ready.head] == h {
			l.ready.pop()
			l.ntodo--
			var exc error
			if t.mustCancel {
				exc = t.makeTaskCancelledError()
				t.mustCancel = false
			}
			return exc
		}
	}
	return t.suspend()
}

// parkAt records where the coroutine is suspended.
func (t *taskCore) parkAt(pcs *stack) { t.parkedPCs = pcs }

// parked returns where the coroutine was last suspended, when recorded.
func (t *taskCore) parked() []uintptr {
	if t.parkedPCs == nil {
		return nil
	}
	return t.parkedPCs.pcs
}

func (t *taskCore) suspend() error {
	l := t.loop
	l.current = nil
	if trackLines {
		t.parkAt(callers(3))
	}
	t.co.yield(struct{}{})
	exc := t.co.resumeExc
	t.co.resumeExc = nil
	if exc != nil && t.isMain && IsInstance(exc, CancelledError) {
		// Where main was when cancelled, for the traceback asyncio.run prints.
		t.parkAt(callers(3))
		t.parkedInSleep = t.sleeping
	}
	return exc
}

// cancel is Task.cancel.
func (t *taskCore) cancel(msg *string) bool {
	if t.done() {
		return false
	}
	t.numCancelsRequested++
	if t.futWaiter != nil {
		if t.futWaiter.cancel(msg) {
			return true
		}
	}
	t.mustCancel = true
	if msg != nil || t.extra != nil {
		t.more().cancelMsg = msg
	}
	return true
}

// repr is CPython's repr of a task.
func (t *taskCore) repr() string {
	info := t.reprInfo()
	if t.numCancelsRequested > 0 && !t.done() {
		info[0] = "cancelling"
	}
	out := []string{info[0], "name=" + Repr(t.taskName()), "coro=<" + t.coroRepr() + ">"}
	if t.futWaiter != nil {
		out = append(out, "wait_for="+t.futWaiter.reprShort())
	}
	out = append(out, info[1:]...)
	return "<Task " + strings.Join(out, " ") + ">"
}

func (f *futureCore) reprShort() string {
	if f.task != nil {
		return f.task.repr()
	}
	return f.repr()
}

func (t *taskCore) coroRepr() string {
	if t.ended || (t.done() && t.started) || (t.done() && !t.started) {
		return t.coroName + "() done, defined at " + t.defPos()
	}
	return t.coroName + "() running at " + t.runningPos()
}

// AnyTask is a task of any result type, as current_task() returns it.
type AnyTask interface {
	Name() string
	Done() bool
	Cancelled() bool
	String() string
	core() *taskCore
	runBody() error
	resultRepr() string
	hasFrame() bool
	resumeFrame(exc error) (done bool, err error)
}

// Task is an asyncio.Task whose coroutine returns T.
type Task[T any] struct {
	c      taskCore
	result T
	coro   *Coro[T]
}

// runBody runs the task's coroutine to completion.
func (t *Task[T]) runBody() error {
	v, err := t.coro.Await()
	t.result = v
	t.coro = nil
	return err
}

func (t *Task[T]) hasFrame() bool { return t.coro.frame != nil }

// resumeFrame resumes a stackless coroutine; done reports that it returned
// (with err) rather than suspended.
func (t *Task[T]) resumeFrame(exc error) (bool, error) {
	v, err := t.coro.frame.Resume(exc)
	if err == Suspended {
		return false, nil
	}
	t.result = v
	t.coro = nil
	return true, err
}

func (t *Task[T]) resultRepr() string { return reprlib(t.result) }

// CreateTask wraps the coroutine in a task and schedules its first step
// (asyncio.create_task).
func CreateTask[T any](c *Coro[T]) *Task[T] { return CreateTaskNamed(c, "") }

// CreateTaskNamed is asyncio.create_task(coro, name=name).
func CreateTaskNamed[T any](c *Coro[T], name string) *Task[T] {
	l := loop()
	t := &Task[T]{}
	core := l.newTaskInto(&t.c, c.name, name)
	core.view = t
	t.coro = c
	return t
}

func (l *Loop) newTaskInto(t *taskCore, coroName, name string) *taskCore {
	taskCounter++
	t.loop, t.coroName, t.seq = l, coroName, taskCounter
	t.futureCore.task = t
	if name != "" {
		t.more().name = name
	}
	l.addTask(t)
	l.ready.push(t.stepHandle(nil))
	return t
}

func (t *Task[T]) core() *taskCore { return &t.c }

func (t *Task[T]) future() (*futureCore, *T) { return &t.c.futureCore, &t.result }

// Future returns the task seen as a future.
func (t *Task[T]) Future() *Future[T] { return &Future[T]{c: &t.c.futureCore, r: &t.result} }

// Await waits for the task and returns its result.
func (t *Task[T]) Await() (T, error) { return t.Future().Await() }

// AwaitCancelCaught is Await for a caller that catches CancelledError and
// drops it unseen (see Future.AwaitCancelCaught).
func (t *Task[T]) AwaitCancelCaught() (T, error) { return t.Future().AwaitCancelCaught() }

// Cancel requests cancellation (Task.cancel()).
func (t *Task[T]) Cancel() bool { return t.c.cancel(nil) }

// CancelMsg requests cancellation with a message (Task.cancel(msg)).
func (t *Task[T]) CancelMsg(msg string) bool { return t.c.cancel(&msg) }

// Cancelled reports whether the task was cancelled.
func (t *Task[T]) Cancelled() bool { return t.c.state == cancelled }

// Done reports whether the task is done.
func (t *Task[T]) Done() bool { return t.c.done() }

// Result returns the task's result or raises its exception.
func (t *Task[T]) Result() (T, error) { return t.Future().Result() }

// Exception returns the task's exception (nil when it returned).
func (t *Task[T]) Exception() (error, error) { return t.c.exception() }

// Name returns the task's name.
func (t *Task[T]) Name() string { return t.c.taskName() }

// taskName is the task's name, by default "Task-N".
func (t *taskCore) taskName() string {
	if t.extra != nil && t.extra.name != "" {
		return t.extra.name
	}
	return "Task-" + itoa(t.seq)
}

// SetName renames the task.
func (t *Task[T]) SetName(name string) { t.c.more().name = name }

// Uncancel decrements the count of cancellation requests.
func (t *Task[T]) Uncancel() int {
	if t.c.numCancelsRequested > 0 {
		t.c.numCancelsRequested--
	}
	return int(t.c.numCancelsRequested)
}

// Cancelling returns the count of pending cancellation requests.
func (t *Task[T]) Cancelling() int { return int(t.c.numCancelsRequested) }

// AddDoneCallback schedules fn when the task is done.
func (t *Task[T]) AddDoneCallback(fn func(*Task[T])) int {
	return t.c.addCallback(callback{fn: func() { fn(t) }, desc: "<function>"})
}

// RemoveDoneCallback removes a callback added by AddDoneCallback and
// reports how many were removed.
func (t *Task[T]) RemoveDoneCallback(id int) int {
	n := len(t.c.callbacks)
	t.c.removeCallback(id)
	return n - len(t.c.callbacks)
}

// String returns CPython's repr of the task.
func (t *Task[T]) String() string { return t.c.repr() }

// PyRepr returns CPython's repr of the task.
func (t *Task[T]) PyRepr() string { return t.c.repr() }

// CurrentTask returns the running task (asyncio.current_task()), or nil.
func CurrentTask() AnyTask {
	if curLoop == nil || curLoop.current == nil {
		return nil
	}
	return curLoop.current.view
}

func (l *Loop) addTask(t *taskCore) {
	if l.lastTask == nil {
		l.tasks = t
	} else {
		l.lastTask.next = t
		t.prev = l.lastTask
	}
	l.lastTask = t
}

func (l *Loop) removeTask(t *taskCore) {
	if t.prev != nil {
		t.prev.next = t.next
	} else if l.tasks == t {
		l.tasks = t.next
	}
	if t.next != nil {
		t.next.prev = t.prev
	} else if l.lastTask == t {
		l.lastTask = t.prev
	}
	t.prev, t.next = nil, nil
}

// TaskSet is the set asyncio.all_tasks() returns.
type TaskSet []AnyTask

// String returns the set's repr.
func (s TaskSet) String() string {
	if len(s) == 0 {
		return "set()"
	}
	parts := make([]string, len(s))
	for i, t := range s {
		parts[i] = t.String()
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

// PyRepr returns the set's repr.
func (s TaskSet) PyRepr() string { return s.String() }

// Len is len(all_tasks()).
func (s TaskSet) Len() int { return len(s) }

// AllTasks returns the loop's unfinished tasks (asyncio.all_tasks()).
func AllTasks() TaskSet {
	l := loop()
	var s TaskSet
	for t := l.tasks; t != nil; t = t.next {
		s = append(s, t.view)
	}
	return s
}
