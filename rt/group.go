package rt

// TaskGroup is asyncio.TaskGroup, used as "async with TaskGroup() as g".
// Generated code calls Enter, runs the body, then passes the exception
// that left the body (or nil) to Exit and raises what Exit returns.
type TaskGroup struct {
	entered, exiting, aborting bool
	loop                       *Loop
	parent                     *taskCore
	parentCancelRequested      bool
	tasks                      []*taskCore // every task of the group, in creation order
	live                       int         // how many of them are not done
	errors                     []error
	baseError                  error
	onCompleted                *futureCore
}

// NewTaskGroup is asyncio.TaskGroup().
func NewTaskGroup() *TaskGroup { return &TaskGroup{} }

func (g *TaskGroup) String() string {
	s := "<TaskGroup"
	if g.live > 0 {
		s += " tasks=" + itoa(g.live)
	}
	if len(g.errors) > 0 {
		s += " errors=" + itoa(len(g.errors))
	}
	if g.aborting {
		s += " cancelling"
	} else if g.entered {
		s += " entered"
	}
	return s + ">"
}

// Enter is TaskGroup.__aenter__.
func (g *TaskGroup) Enter() error {
	if g.entered {
		return RuntimeError.Newf("TaskGroup " + g.String() + " has already been entered")
	}
	g.loop = loop()
	g.parent = g.loop.current
	if g.parent == nil {
		return RuntimeError.Newf("TaskGroup " + g.String() + " cannot determine the parent task")
	}
	g.entered = true
	return nil
}

func isBaseError(err error) bool { return IsInstance(err, SystemExit, KeyboardInterrupt) }

// Exit is TaskGroup.__aexit__: it waits for every task of the group and
// returns the exception to raise, if any.
func (g *TaskGroup) Exit(exc error) error {
	g.exiting = true
	if exc != nil && isBaseError(exc) && g.baseError == nil {
		g.baseError = exc
	}
	isCancel := exc != nil && ClassOf(exc) == CancelledError
	var propagate error
	if isCancel {
		propagate = exc
	}
	if g.parentCancelRequested {
		if g.parent.uncancel() == 0 {
			propagate = nil
		}
	}
	if exc != nil && !g.aborting {
		g.abort()
	}
	for g.live > 0 {
		if g.onCompleted == nil {
			g.onCompleted = &futureCore{}
		}
		err := g.onCompleted.await()
		if err == nil {
			err = g.onCompleted.check()
		}
		if err != nil && IsInstance(err, CancelledError) && !g.aborting {
			propagate = err
			g.abort()
		}
		g.onCompleted = nil
	}
	if g.baseError != nil {
		return g.baseError
	}
	if propagate != nil && len(g.errors) == 0 {
		return propagate
	}
	if exc != nil && !isCancel {
		g.errors = append(g.errors, exc)
	}
	if len(g.errors) > 0 {
		me := NewExceptionGroup("unhandled errors in a TaskGroup", g.errors)
		me.SuppressContext = true
		me.tb.parts = &tbPart{pcs: callers(2), next: &tbPart{frames: &taskGroupFrames}}
		g.errors = nil
		return me
	}
	return nil
}

func (t *taskCore) uncancel() int {
	if t.numCancelsRequested > 0 {
		t.numCancelsRequested--
	}
	return int(t.numCancelsRequested)
}

func (g *TaskGroup) abort() {
	g.aborting = true
	for _, t := range g.tasks {
		if !t.done() {
			t.cancel(nil)
		}
	}
}

func (g *TaskGroup) onTaskDone(t *taskCore) {
	g.live--
	if g.live == 0 {
		g.tasks = g.tasks[:0]
	}
	if g.onCompleted != nil && g.live == 0 && !g.onCompleted.done() {
		g.onCompleted.setResult()
	}
	if t.state == cancelled || t.exc == nil {
		return
	}
	t.logTB = false
	g.errors = append(g.errors, t.exc)
	if isBaseError(t.exc) && g.baseError == nil {
		g.baseError = t.exc
	}
	if g.parent.done() {
		return
	}
	if !g.aborting && !g.parentCancelRequested {
		g.abort()
		g.parentCancelRequested = true
		g.parent.cancel(nil)
	}
}

// GroupTask is g.create_task(coro).
func GroupTask[T any](g *TaskGroup, c *Coro[T]) (*Task[T], error) {
	return GroupTaskNamed(g, c, "")
}

// GroupTaskNamed is g.create_task(coro, name=name).
func GroupTaskNamed[T any](g *TaskGroup, c *Coro[T], name string) (*Task[T], error) {
	switch {
	case !g.entered:
		return nil, RuntimeError.Newf("TaskGroup " + g.String() + " has not been entered")
	case g.exiting && g.live == 0:
		return nil, RuntimeError.Newf("TaskGroup " + g.String() + " is finished")
	case g.aborting:
		return nil, RuntimeError.Newf("TaskGroup " + g.String() + " is shutting down")
	}
	t := CreateTaskNamed(c, name)
	core := &t.c
	core.addCallback(callback{desc: "TaskGroup._on_task_done()", fn: func() { g.onTaskDone(core) }})
	g.tasks = append(g.tasks, core)
	g.live++
	return t, nil
}

type timeoutState int

const (
	tmCreated timeoutState = iota
	tmEntered
	tmExpiring
	tmExpired
	tmExited
)

// Timeout is the context manager of asyncio.timeout and timeout_at.
type Timeout struct {
	state   timeoutState
	when    float64
	never   bool
	handler *Handle
	task    *taskCore
}

// NewTimeout is asyncio.timeout(delay); a negative delay stands for None.
func NewTimeout(delay float64) *Timeout {
	if delay < 0 {
		return &Timeout{never: true}
	}
	return &Timeout{when: loop().Time() + delay}
}

// NewTimeoutAt is asyncio.timeout_at(when).
func NewTimeoutAt(when float64) *Timeout { return &Timeout{when: when} }

// Enter is Timeout.__aenter__.
func (tm *Timeout) Enter() error {
	tm.state = tmEntered
	tm.task = loop().current
	if tm.task == nil {
		return RuntimeError.Newf("Timeout should be used inside a task")
	}
	if tm.never {
		return nil
	}
	return tm.Reschedule(tm.when)
}

// Reschedule moves the deadline (Timeout.reschedule).
func (tm *Timeout) Reschedule(when float64) error {
	if tm.state != tmEntered {
		return RuntimeError.Newf("Cannot change state of " + tm.stateName() + " Timeout")
	}
	tm.when, tm.never = when, false
	if tm.handler != nil {
		tm.handler.Cancel()
	}
	l := loop()
	var h Handle
	if when <= l.Time() {
		h = l.CallSoon(tm.onTimeout)
	} else {
		h = l.CallAt(when, tm.onTimeout)
	}
	tm.handler = &h
	return nil
}

func (tm *Timeout) stateName() string {
	return [...]string{"created", "active", "expiring", "expired", "finished"}[tm.state]
}

// When returns the deadline in loop time.
func (tm *Timeout) When() float64 { return tm.when }

// Expired reports whether the deadline passed.
func (tm *Timeout) Expired() bool { return tm.state == tmExpiring || tm.state == tmExpired }

func (tm *Timeout) onTimeout() {
	tm.task.cancel(nil)
	tm.state = tmExpiring
	tm.handler = nil
}

// Exit is Timeout.__aexit__: it turns the cancellation it caused into
// TimeoutError.
func (tm *Timeout) Exit(exc error) error {
	if tm.handler != nil {
		tm.handler.Cancel()
		tm.handler = nil
	}
	switch tm.state {
	case tmExpiring:
		tm.state = tmExpired
		if tm.task.uncancel() == 0 && exc != nil && ClassOf(exc) == CancelledError {
			e := TimeoutError.New()
			e.Cause, e.SuppressContext = exc, true
			return e
		}
	case tmEntered:
		tm.state = tmExited
	}
	return exc
}
