package rt

import "testing"

// BenchmarkSleep0 is one "await asyncio.sleep(0)" with no other task ready.
func BenchmarkSleep0(b *testing.B) {
	Run(VoidCoro("main", func() error {
		for i := 0; i < b.N; i++ {
			if err := Sleep(0); err != nil {
				return err
			}
		}
		return nil
	}))
}

// BenchmarkSwitch is one task switch: two tasks alternate on sleep(0).
func BenchmarkSwitch(b *testing.B) {
	Run(VoidCoro("main", func() error {
		other := CreateTask(VoidCoro("other", func() error {
			for i := 0; i < b.N/2; i++ {
				if err := Sleep(0); err != nil {
					return err
				}
			}
			return nil
		}))
		for i := 0; i < b.N/2; i++ {
			if err := Sleep(0); err != nil {
				return err
			}
		}
		_, err := other.Await()
		return err
	}))
}

// BenchmarkCreateTaskGather is create_task of a task that sleeps twice,
// gathered, as the fanout benchmark does, per task.
func BenchmarkCreateTaskGather(b *testing.B) {
	b.ReportAllocs()
	Run(VoidCoro("main", func() error {
		tasks := make([]Awaitable[int], b.N)
		for i := range tasks {
			tasks[i] = CreateTask(NewCoro("work", func() (int, error) {
				if err := Sleep(0); err != nil {
					return 0, err
				}
				if err := Sleep(0); err != nil {
					return 0, err
				}
				return i, nil
			}))
		}
		_, err := Gather(tasks...).Await()
		return err
	}))
}

// BenchmarkCancel is creating a sleeping task, cancelling it and awaiting it.
func BenchmarkCancel(b *testing.B) {
	b.ReportAllocs()
	Run(VoidCoro("main", func() error {
		const batch = 5000
		for n := 0; n < b.N; n += batch {
			tasks := make([]*Task[NoneType], batch)
			for i := range tasks {
				tasks[i] = CreateTask(VoidCoro("victim", func() error { return Sleep(10) }))
			}
			if err := Sleep(0); err != nil {
				return err
			}
			for _, t := range tasks {
				t.Cancel()
			}
			for _, t := range tasks {
				t.Await()
			}
		}
		return nil
	}))
}

// BenchmarkTimer is one task sleeping on a timer that fires (call_later,
// heap insert and pop, future wakeup).
func BenchmarkTimer(b *testing.B) {
	b.ReportAllocs()
	Run(VoidCoro("main", func() error {
		for i := 0; i < b.N; i++ {
			if err := Sleep(1e-9); err != nil {
				return err
			}
		}
		return nil
	}))
}

// BenchmarkTimerHeap is inserting b.N timers and firing them in order.
func BenchmarkTimerHeap(b *testing.B) {
	b.ReportAllocs()
	Run(VoidCoro("main", func() error {
		l := loop()
		fired := 0
		for i := 0; i < b.N; i++ {
			l.CallLater(float64(i%1000)*1e-9, func() { fired++ })
		}
		for fired < b.N {
			if err := Sleep(0); err != nil {
				return err
			}
		}
		return nil
	}))
}

// BenchmarkGather100 is gathering 100 coroutines that return at once.
func BenchmarkGather100(b *testing.B) {
	b.ReportAllocs()
	Run(VoidCoro("main", func() error {
		aws := make([]Awaitable[int], 100)
		for n := 0; n < b.N; n++ {
			for i := range aws {
				aws[i] = NewCoro("work", func() (int, error) { return i, nil })
			}
			if _, err := Gather(aws...).Await(); err != nil {
				return err
			}
		}
		return nil
	}))
}

// BenchmarkRaiseCatch is raising an exception and matching it, as
// generated code does (its frames are recorded once, by Raise).
func BenchmarkRaiseCatch(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		err := Raise(&Exc{Class: ValueError, Args: []any{"x"}})
		if !IsInstance(err, ValueError) {
			b.Fatal("not a ValueError")
		}
	}
}
