package rt

import "errors"

// A Frame is the frame of an async function that pyasync2go -stackless
// compiled to a resumable method: its locals are fields, and Resume runs
// it from where it last stopped until it returns or waits. A task whose
// coroutine is a frame needs no goroutine: the loop calls Resume on its own
// stack, so a parked task costs only its frame.
//
// Resume is called with the exception thrown into the coroutine at this
// step (nil to send a value). It returns the function's result, or the
// error Suspended after starting an await (SleepStart, AwaitStart) that
// will step the task again.
type Frame[T any] interface {
	Resume(exc error) (T, error)
}

// A VoidFrame is a Frame of an async function that returns None.
type VoidFrame interface {
	Resume(exc error) error
}

// Suspended is the error a Frame's Resume returns when it waits.
var Suspended = errors.New("rt: frame suspended")

// FrameCoro returns the coroutine object of a call to the async function
// named name whose frame is f.
func FrameCoro[T any](name string, f Frame[T]) *Coro[T] {
	return &Coro[T]{name: name, frame: f}
}

// VoidFrameCoro is FrameCoro for a function that returns None.
func VoidFrameCoro(name string, f VoidFrame) *Coro[NoneType] {
	return &Coro[NoneType]{name: name, frame: voidFrame{f}}
}

type voidFrame struct{ f VoidFrame }

func (v voidFrame) Resume(exc error) (NoneType, error) { return None, v.f.Resume(exc) }

// awaitFrame runs a frame inline in the current task, which has a
// goroutine ("await coro" of a frame coroutine, or asyncio.run of one).
func awaitFrame[T any](f Frame[T]) (T, error) {
	var exc error
	for {
		v, err := f.Resume(exc)
		if err != Suspended {
			return v, err
		}
		exc = loop().current.suspend()
	}
}

// frameTask is the task running a frame, at an await.
func frameTask() *taskCore {
	t := loop().current
	if trackLines {
		t.parkAt(callers(3))
	}
	return t
}

// SleepStart starts "await asyncio.sleep(secs)" in a frame, which then
// returns Suspended; SleepEnd finishes it when the frame resumes.
func SleepStart(secs float64) {
	t := frameTask()
	if secs <= 0 {
		t.loop.ready.push(t.stepHandle(nil))
		return
	}
	t.waitFor(t.startSleep(secs))
}

// SleepEnd finishes the await SleepStart started; exc is what the frame
// was resumed with.
func SleepEnd(exc error) error {
	t := loop().current
	if !t.sleeping {
		return exc
	}
	t.sleeping = false
	err := exc
	if err == nil {
		err = t.sleep.fut.check()
	}
	Handle{t.sleep.cur}.Cancel()
	t.sleep.cur = nil
	return err
}

// AwaitStart starts "await a" (a task or future) in a frame. It reports
// whether the frame must return Suspended; when a is already done it need
// not, and AwaitEnd follows at once.
func AwaitStart[T any](a Awaitable[T]) bool {
	c, _ := a.future()
	if c.done() {
		return false
	}
	frameTask().waitFor(c)
	return true
}

// AwaitEnd finishes "await a" in a frame resumed with exc.
func AwaitEnd[T any](a Awaitable[T], exc error) (T, error) {
	c, r := a.future()
	if err := c.awaited(exc, true); err != nil {
		var zero T
		return zero, err
	}
	return *r, nil
}
