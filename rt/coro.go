package rt

import (
	"fmt"
	"os"
	"runtime"
	"strings"
)

// Coro is a coroutine object: an async function called with its arguments
// bound, not yet running. Awaiting it runs the function inline in the
// awaiting task; create_task and gather wrap it in a task.
type Coro[T any] struct {
	name  string
	fn    func() (T, error)
	void  func() error // the function, when it returns None
	task  *Task[T]     // set once the coroutine is wrapped in a task
	frame Frame[T]     // a stackless coroutine's frame, instead of fn
}

// NewCoro returns the coroutine object of a call to the async function
// named name (its Python qualname); fn runs the call.
func NewCoro[T any](name string, fn func() (T, error)) *Coro[T] {
	return &Coro[T]{name: name, fn: fn}
}

// VoidCoro is NewCoro for an async function that returns None.
func VoidCoro(name string, fn func() error) *Coro[NoneType] {
	return &Coro[NoneType]{name: name, void: fn}
}

// Await runs the coroutine in the current task (await coro).
func (c *Coro[T]) Await() (T, error) {
	if c.frame != nil {
		return awaitFrame(c.frame)
	}
	if c.void != nil {
		var zero T
		return zero, c.void()
	}
	return c.fn()
}

func (c *Coro[T]) future() (*futureCore, *T) {
	if c.task == nil {
		c.task = CreateTask(c)
	}
	return c.task.future()
}

// Awaitable is anything "await" accepts: *Coro[T], *Task[T], *Future[T].
type Awaitable[T any] interface {
	Await() (T, error)
	// future is asyncio.ensure_future: a coroutine becomes a new task.
	future() (*futureCore, *T)
}

// ensureFuture returns arg as a future view.
func ensureFuture[T any](arg Awaitable[T]) *Future[T] {
	c, r := arg.future()
	return &Future[T]{c: c, r: r}
}

// Drop discards a coroutine object that was never awaited (a call of an
// async function used as a statement). CPython frees it at once and warns on
// stderr, naming the line of the statement; so does Drop.
func Drop[T any](c *Coro[T]) {
	_, file, line, ok := runtime.Caller(1)
	if !ok || !isPyFile(file) {
		return
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s:%d: RuntimeWarning: coroutine '%s' was never awaited\n", file, line, c.name)
	if src := sourceLine(file, line); src != "" {
		b.WriteString("  " + src + "\n")
	}
	b.WriteString("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n")
	os.Stderr.WriteString(b.String())
}
