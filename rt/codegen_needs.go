package rt

import (
	"os"
	"strings"
	"sync"
)

// Helpers the code generator emits that belong to no other runtime file.

// GatherAll is asyncio.gather(*aws) for a list of tasks, futures or
// coroutines of one result type.
func GatherAll[T any, A Awaitable[T]](aws []A) *Future[[]T] {
	list := make([]Awaitable[T], len(aws))
	for i, a := range aws {
		list[i] = a
	}
	return Gather(list...)
}

// FloorDivPos is a // k for a constant k > 0: it rounds toward negative
// infinity, as Python does, and cannot raise.
func FloorDivPos(a, k int) int {
	q := a / k
	if a%k < 0 {
		q--
	}
	return q
}

// FloorModPos is a % k for a constant k > 0: the result has the sign of k,
// as in Python, and the operation cannot raise.
func FloorModPos(a, k int) int {
	m := a % k
	if m < 0 {
		m += k
	}
	return m
}

// BoolInt is int(b).
func BoolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// CreateFuture is loop.create_future(): a new pending future of loop l.
func CreateFuture[T any](l *Loop) *Future[T] {
	_ = l
	return NewFuture[T]()
}

// Argv is sys.argv: the script's name, then the program's arguments.
func Argv(script string) []string {
	return append([]string{script}, os.Args[1:]...)
}

// TaskCancelling is task.cancelling() for a task of any result type.
func TaskCancelling(t AnyTask) int { return int(t.core().numCancelsRequested) }

// TaskUncancel is task.uncancel() for a task of any result type.
func TaskUncancel(t AnyTask) int { return t.core().uncancel() }

// TaskCoro is task.get_coro(): the coroutine the task was created with
// (nil once the task has finished).
func TaskCoro[T any](t *Task[T]) *Coro[T] { return t.coro }

// RunningLoop is task.get_loop() and future.get_loop(): the running loop.
func RunningLoop() *Loop { return loop() }

// IsRunning is loop.is_running().
func (l *Loop) IsRunning() bool { return curLoop == l }

// IsClosed is loop.is_closed(): asyncio.run closes its loop when it
// returns.
func (l *Loop) IsClosed() bool { return curLoop != l }

// doneKey names the registrations of one Python function as a done
// callback of one future, for remove_done_callback.
type doneKey struct {
	f    *futureCore
	name string
}

var (
	doneMu  sync.Mutex
	doneIDs = map[doneKey][]int{}
)

func rememberCallback(f *futureCore, name string, id int) {
	if name == "" {
		return
	}
	doneMu.Lock()
	k := doneKey{f, name}
	doneIDs[k] = append(doneIDs[k], id)
	doneMu.Unlock()
}

func forgetCallbacks(f *futureCore, name string) int {
	doneMu.Lock()
	k := doneKey{f, name}
	ids := doneIDs[k]
	delete(doneIDs, k)
	doneMu.Unlock()
	n := len(f.callbacks)
	for _, id := range ids {
		f.removeCallback(id)
	}
	return n - len(f.callbacks)
}

// AddTaskCallback is task.add_done_callback(fn); name is the Python name
// of fn when remove_done_callback may later name it, or "".
func AddTaskCallback[T any](t *Task[T], name string, fn func(*Task[T])) {
	rememberCallback(&t.c.futureCore, name, t.AddDoneCallback(fn))
}

// RemoveTaskCallback is task.remove_done_callback(fn): it removes every
// registration of the function named name and returns how many there were.
func RemoveTaskCallback[T any](t *Task[T], name string) int {
	return forgetCallbacks(&t.c.futureCore, name)
}

// AddFutureCallback is future.add_done_callback(fn).
func AddFutureCallback[T any](f *Future[T], name string, fn func(*Future[T])) {
	id := f.c.addCallback(callback{fn: func() { fn(f) }, desc: "<function>"})
	rememberCallback(f.c, name, id)
}

// RemoveFutureCallback is future.remove_done_callback(fn).
func RemoveFutureCallback[T any](f *Future[T], name string) int {
	return forgetCallbacks(f.c, name)
}

// CallbackFailed reports an exception raised by a callback the loop ran
// (a done callback, call_soon): asyncio logs it and goes on. fn and line
// name the Python function and its definition line, args its arguments.
func CallbackFailed(err error, fn string, line int, args ...any) {
	if err == nil {
		return
	}
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = Repr(a)
	}
	desc := fn + "(" + strings.Join(parts, ", ") + ")"
	if line > 0 {
		desc += " at " + sourceFile + ":" + itoa(line)
	}
	FlushStdout()
	os.Stderr.WriteString("Exception in callback " + desc + "\nhandle: <Handle " + desc + ">\n")
	writeTraceback(os.Stderr, err)
}

// WaitTasks is "await asyncio.wait(tasks, timeout=, return_when=)" as the
// (done, pending) tuple.
func WaitTasks[T any](fs []*Task[T], timeout float64, returnWhen string) (Tuple2[[]*Task[T], []*Task[T]], error) {
	done, pending, err := Wait(fs, timeout, returnWhen)
	return Tuple2[[]*Task[T], []*Task[T]]{done, pending}, err
}

// AsCompletedAll is asyncio.as_completed(aws, timeout=) for a list of
// tasks, futures or coroutines of one result type.
func AsCompletedAll[T any, A Awaitable[T]](aws []A, timeout float64) []*Coro[T] {
	list := make([]Awaitable[T], len(aws))
	for i, a := range aws {
		list[i] = a
	}
	return AsCompleted(list, timeout)
}

// ExcArgs is exception.args.
func ExcArgs(err error) Tuple { return Tuple(AsExc(err).Args) }

// ExcMessage is exception_group.message.
func ExcMessage(err error) string { return AsExc(err).Message() }

// ProcReturncode is process.returncode: the exit status, or None while the
// process runs.
func ProcReturncode(p *Process) any {
	if code, ok := p.Returncode(); ok {
		return code
	}
	return None
}

// LoopRunInExecutor is loop.run_in_executor(None, fn): fn runs on a worker
// thread of loop l's default executor.
func LoopRunInExecutor[T any](l *Loop, fn func() (T, error)) *Future[T] {
	_ = l
	return RunInExecutor(fn)
}

// OptExc is an exception value that may be None (a nil error), for str()
// and formatting.
func OptExc(err error) any {
	if err == nil {
		return None
	}
	return err
}

func (f *Future[T]) coreFuture() *futureCore { return f.c }

func (t *Task[T]) coreFuture() *futureCore { return &t.c.futureCore }

// Same is "a is b" between tasks and futures of different static types:
// a task and a future view of it are the same object.
func Same(a, b any) bool {
	type cored interface{ coreFuture() *futureCore }
	ca, okA := a.(cored)
	cb, okB := b.(cored)
	if okA && okB {
		return ca.coreFuture() == cb.coreFuture()
	}
	return a == b
}

// GatherArg is one awaitable of GatherAny, whatever its result type.
type GatherArg interface {
	gatherFuture() (*futureCore, func() any)
}

type anyAwaitable[T any] struct{ aw Awaitable[T] }

func (a anyAwaitable[T]) gatherFuture() (*futureCore, func() any) {
	f := ensureFuture(a.aw)
	return f.c, func() any { return *f.r }
}

// AnyOf wraps an awaitable for GatherAny; a coroutine becomes a task only
// when the gather starts, as in asyncio.
func AnyOf[T any](aw Awaitable[T]) GatherArg { return anyAwaitable[T]{aw} }

// GatherAny is asyncio.gather(*aws, return_exceptions=returnExceptions) of
// awaitables with different result types.
func GatherAny(returnExceptions bool, args ...GatherArg) *Future[[]any] {
	outer := NewFuture[[]any]()
	children := make([]*Future[NoneType], len(args))
	results := make([]func() any, len(args))
	for i, a := range args {
		c, get := a.gatherFuture()
		children[i] = &Future[NoneType]{c: c, r: new(NoneType)}
		results[i] = get
	}
	gatherInto(outer.c, children, returnExceptions, func() {
		res := make([]any, len(children))
		for i, ch := range children {
			switch {
			case returnExceptions && ch.c.state == cancelled:
				msg := ""
				if ch.c.cancelMsg != nil {
					msg = *ch.c.cancelMsg
				}
				res[i] = CancelledError.New(msg)
			case returnExceptions && ch.c.exc != nil:
				res[i] = ch.c.exc
			default:
				res[i] = results[i]()
			}
		}
		*outer.r = res
	})
	return outer
}

// MainThreadIdent is threading.main_thread().ident.
func MainThreadIdent() int { return mainThreadIdent }

// TaskCancel is task.cancel() for a task of any result type.
func TaskCancel(t AnyTask) bool { return t.core().cancel(nil) }

// TaskCancelMsg is task.cancel(msg) for a task of any result type.
func TaskCancelMsg(t AnyTask, msg string) bool { return t.core().cancel(&msg) }

// SleepAny is asyncio.sleep(delay) for a delay of dynamic type.
func SleepAny(delay any) error {
	d, err := toFloat(delay)
	if err != nil {
		return err
	}
	return Sleep(d)
}

// ExcTuple is exception_group.exceptions: a tuple of exceptions.
type ExcTuple []error

// TupleItems returns the exceptions as tuple items.
func (t ExcTuple) TupleItems() []any {
	items := make([]any, len(t))
	for i, e := range t {
		items[i] = e
	}
	return items
}

// PyRepr returns the tuple's repr.
func (t ExcTuple) PyRepr() string { return reprTuple(t.TupleItems()) }

// PyStr returns the tuple's str, which is its repr.
func (t ExcTuple) PyStr() string { return t.PyRepr() }

// WaitAnyTasks is "await asyncio.wait(tasks, ...)" for tasks of different
// result types, as the (done, pending) tuple.
func WaitAnyTasks(fs []AnyTask, timeout float64, returnWhen string) (Tuple2[[]AnyTask, []AnyTask], error) {
	var res Tuple2[[]AnyTask, []AnyTask]
	if len(fs) == 0 {
		return res, ValueError.Newf("Set of Tasks/Futures is empty.")
	}
	l := loop()
	uniq := make([]AnyTask, 0, len(fs))
	seen := map[*taskCore]bool{}
	for _, f := range fs {
		if !seen[f.core()] {
			seen[f.core()] = true
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
		c := &f.core().futureCore
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
	err := waiter.await()
	if th.h != nil {
		th.Cancel()
	}
	for i, f := range uniq {
		f.core().removeCallback(ids[i])
	}
	if err != nil {
		return res, err
	}
	for _, f := range uniq {
		if f.core().done() {
			res.V0 = append(res.V0, f)
		} else {
			res.V1 = append(res.V1, f)
		}
	}
	return res, nil
}

// WhenAny is timeout.when(): the deadline, or None when there is none.
func (tm *Timeout) WhenAny() any {
	if tm.never {
		return None
	}
	return tm.when
}

// RescheduleNone is timeout.reschedule(None): the timeout no longer
// expires.
func (tm *Timeout) RescheduleNone() error {
	if tm.state != tmEntered {
		return RuntimeError.Newf("Cannot change state of " + tm.stateName() + " Timeout")
	}
	tm.never, tm.when = true, 0
	if tm.handler != nil {
		tm.handler.Cancel()
		tm.handler = nil
	}
	return nil
}

// Close is coroutine.close(): a coroutine object that never ran is
// dropped without running.
func (c *Coro[T]) Close() {}

// BytesOrNone is a bytes value that is None when nil: the output of a
// stream that was not piped.
func BytesOrNone(b []byte) any {
	if b == nil {
		return None
	}
	return b
}

// Communicate is "await process.communicate(input)" as the (stdout,
// stderr) tuple; a stream that is not piped gives nil (None) and a piped
// one at least an empty slice.
func Communicate(p *Process, input []byte) (Tuple2[[]byte, []byte], error) {
	out, errOut, err := p.Communicate(input)
	if p.Stdout != nil && out == nil {
		out = []byte{}
	}
	if p.Stderr != nil && errOut == nil {
		errOut = []byte{}
	}
	return Tuple2[[]byte, []byte]{out, errOut}, err
}

// ReadAll is "await stream.read()" (n < 0) or "await stream.read(n)":
// never nil, so that it reads as bytes and not None.
func ReadAll(s *StreamReader, n int) ([]byte, error) {
	b, err := s.Read(n)
	if b == nil && err == nil {
		b = []byte{}
	}
	return b, err
}

// Readline is "await stream.readline()": never nil.
func Readline(s *StreamReader) ([]byte, error) {
	b, err := s.Readline()
	if b == nil && err == nil {
		b = []byte{}
	}
	return b, err
}

// SplitTuple is exception_group.split(classes...): the (match, rest)
// tuple, each None (nil) when empty.
func SplitTuple(err error, classes ...*Class) Tuple2[error, error] {
	match, rest := SplitGroup(err, classes...)
	return Tuple2[error, error]{match, rest}
}

// Subgroup is exception_group.subgroup(classes...).
func Subgroup(err error, classes ...*Class) error {
	match, _ := SplitGroup(err, classes...)
	return match
}

// Thread is threading.Thread(target=fn, args=...): fn runs on its own
// thread once started.
type Thread struct {
	fn   func()
	done chan struct{}
}

// NewThread is threading.Thread(target=..., args=...); fn calls the target
// with the arguments.
func NewThread(fn func()) *Thread { return &Thread{fn: fn, done: make(chan struct{})} }

// Start is thread.start().
func (t *Thread) Start() {
	ident := newThreadIdent()
	go func() {
		threadIdents.Store(goid(), ident)
		defer threadIdents.Delete(goid())
		defer close(t.done)
		t.fn()
	}()
}

// Join is thread.join(): it blocks the calling thread until the thread
// ends.
func (t *Thread) Join() { <-t.done }

// ThreadEvent is threading.Event: a flag threads can set and wait for.
type ThreadEvent struct {
	mu   sync.Mutex
	cond *sync.Cond
	set  bool
}

// NewThreadEvent is threading.Event().
func NewThreadEvent() *ThreadEvent {
	e := &ThreadEvent{}
	e.cond = sync.NewCond(&e.mu)
	return e
}

// Set is event.set().
func (e *ThreadEvent) Set() {
	e.mu.Lock()
	e.set = true
	e.mu.Unlock()
	e.cond.Broadcast()
}

// Clear is event.clear().
func (e *ThreadEvent) Clear() {
	e.mu.Lock()
	e.set = false
	e.mu.Unlock()
}

// IsSet is event.is_set().
func (e *ThreadEvent) IsSet() bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.set
}

// Wait is event.wait(): it blocks the calling thread until the flag is set.
func (e *ThreadEvent) Wait() bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	for !e.set {
		e.cond.Wait()
	}
	return true
}

// GatherAllExceptions is asyncio.gather(*aws, return_exceptions=True) for
// a list of tasks, futures or coroutines of one result type.
func GatherAllExceptions[T any, A Awaitable[T]](aws []A) *Future[[]any] {
	list := make([]Awaitable[T], len(aws))
	for i, a := range aws {
		list[i] = a
	}
	return GatherReturnExceptions(list...)
}

// CreateSubprocessArgv is "await asyncio.create_subprocess_exec(*argv)":
// argv[0] is the program.
func CreateSubprocessArgv(argv []string, opts ...ProcOptions) (*Process, error) {
	if len(argv) == 0 {
		return nil, ValueError.Newf("program must be specified")
	}
	return CreateSubprocessExec(argv[0], argv[1:], opts...)
}
