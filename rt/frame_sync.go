package rt

// "async with lock" and "async with sem" in a stackless frame: AcquireStart
// begins the acquire and reports whether the frame must return Suspended;
// AcquireEnd finishes it when the frame resumes with exc (at once, with no
// wait, when AcquireStart did not suspend). The body's exits release with
// Release, or with ReleaseWith when the body raised.

// AcquireStart starts "await lock.acquire()" in a frame.
func (l *Lock) AcquireStart() bool {
	if !l.locked && allCancelled(l.waiters) {
		l.locked = true
		return false
	}
	t := frameTask()
	t.frameFut = l.waiters.add()
	t.waitFor(t.frameFut)
	return true
}

// AcquireEnd finishes the acquire AcquireStart started.
func (l *Lock) AcquireEnd(exc error) error {
	fut, err := frameWaitEnd(exc)
	if fut == nil {
		return nil
	}
	return l.acquired(fut, err)
}

// AcquireStart starts "await sem.acquire()" in a frame.
func (s *Semaphore) AcquireStart() bool {
	if !s.Locked() {
		s.value--
		return false
	}
	t := frameTask()
	t.frameFut = s.waiters.add()
	t.waitFor(t.frameFut)
	return true
}

// AcquireEnd finishes the acquire AcquireStart started.
func (s *Semaphore) AcquireEnd(exc error) error {
	fut, err := frameWaitEnd(exc)
	if fut == nil {
		return nil
	}
	return s.acquired(fut, err)
}

// frameWaitEnd takes the waiter future the current frame task waited on
// (nil when it did not wait) and the outcome of the wait.
func frameWaitEnd(exc error) (*futureCore, error) {
	t := loop().current
	fut := t.frameFut
	if fut == nil {
		return nil, nil
	}
	t.frameFut = nil
	if exc == nil {
		exc = fut.check()
	}
	return fut, exc
}

// Releaser is a lock or semaphore held by an "async with" statement.
type Releaser interface {
	Release() error
}

// ReleaseWith ends an "async with" body that raised err, as __aexit__
// does: it releases l and returns err, or the release's own error with err
// as its context.
func ReleaseWith(l Releaser, err error) error {
	if rerr := l.Release(); rerr != nil {
		return WithContext(rerr, err)
	}
	return err
}
