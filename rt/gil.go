package rt

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// The global interpreter lock. As in CPython, only one thread runs Python
// code at a time: the loop's thread (the goroutine running the event loop
// and the coroutines it resumes) or one worker of to_thread. A thread lets
// go of it while it blocks (time.sleep, the loop waiting for events), so
// blocking work still runs in parallel, and shared Python values are never
// touched by two goroutines at once.
var (
	gil        sync.Mutex
	gilWaiters atomic.Int32
	// inMain is set while Main holds the lock for the program's thread.
	inMain bool
)

// acquireGIL takes the lock for a thread about to run Python code.
func acquireGIL() {
	gilWaiters.Add(1)
	gil.Lock()
	gilWaiters.Add(-1)
}

func releaseGIL() { gil.Unlock() }

// blocking runs fn, a call that blocks the thread, without the lock.
func blocking(fn func()) {
	releaseGIL()
	fn()
	acquireGIL()
}

// yieldGIL lets a thread waiting for the lock run, as CPython's switch
// interval does, when the loop is busy and never blocks.
func yieldGIL() {
	if gilWaiters.Load() == 0 {
		return
	}
	releaseGIL()
	runtime.Gosched()
	acquireGIL()
}
