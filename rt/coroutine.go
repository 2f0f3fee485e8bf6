package rt

import "iter"

// coroutine is a goroutine that runs task bodies. The loop resumes it with
// a direct coroutine switch (iter.Pull), which costs far less than waking
// a goroutine through the scheduler; a task suspends by yielding back to
// the loop. When a body returns, the goroutine waits in a pool for the
// next task, so its stack is reused.
type coroutine struct {
	next      func() (struct{}, bool)
	yield     func(struct{}) bool
	task      *taskCore
	resumeExc error // thrown into the task's coroutine as it resumes
}

const maxIdleCoroutines = 8192

var idleCoroutines []*coroutine

func getCoroutine() *coroutine {
	if n := len(idleCoroutines); n > 0 {
		c := idleCoroutines[n-1]
		idleCoroutines[n-1] = nil
		idleCoroutines = idleCoroutines[:n-1]
		return c
	}
	c := &coroutine{}
	c.next, _ = iter.Pull(c.run)
	return c
}

func (c *coroutine) run(yield func(struct{}) bool) {
	c.yield = yield
	for {
		t := c.task
		t.finish(t.view.runBody())
		t.co, c.task = nil, nil
		if len(idleCoroutines) >= maxIdleCoroutines {
			return
		}
		idleCoroutines = append(idleCoroutines, c)
		if !yield(struct{}{}) {
			return
		}
	}
}
