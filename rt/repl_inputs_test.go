package rt

// The inputs of the REPL tests, written as pyasync2go generates the code
// of an input typed at the REPL: //line directives name <console> and
// count lines from 1 within each input, the module code is a function Run
// (here a method, as one package holds many inputs) and Python names carry
// the prefix Py_. The comment of each input's type is the Python input.

// basic1 is the input:
//
//	1 + 1
type basic1 struct{}

//line <console>:1
func (basic1) Run() error {
	Defs("<console>", map[string]int{})
//line <console>:1
	v, err := AddInt(1, 1)
	if err != nil {
		return err
	}
	Display(v)
	return nil
}

// basic2 is the input:
//
//	None
type basic2 struct{}

//line <console>:1
func (basic2) Run() error {
	Defs("<console>", map[string]int{})
//line <console>:1
	Display(None)
	return nil
}

// basic3 is the input:
//
//	'a'
type basic3 struct{}

//line <console>:1
func (basic3) Run() error {
	Defs("<console>", map[string]int{})
//line <console>:1
	Display("a")
	return nil
}

// basic4 is the input:
//
//	print(asyncio.current_task())
type basic4 struct{}

//line <console>:1
func (basic4) Run() error {
	Defs("<console>", map[string]int{})
//line <console>:1
	Print(CurrentTask())
	return nil
}

// basic5 is the input:
//
//	async def f(n):
//	    await asyncio.sleep(0.01)
//	    return n * 2
type basic5 struct{}

//line <console>:1
func Py_f(n int) (int, error) {
//line <console>:2
	if err := Sleep(0.01); err != nil {
		return 0, err
	}
//line <console>:3
	return MulInt(n, 2)
}

//line <console>:1
func (basic5) Run() error {
	Defs("<console>", map[string]int{"f": 1})
	return nil
}

// basic6 is the input:
//
//	await f(4)
type basic6 struct{}

//line <console>:1
func (basic6) Run() error {
	Defs("<console>", map[string]int{})
//line <console>:1
	v, err := Py_f(4)
	if err != nil {
		return err
	}
	Display(v)
	return nil
}

// basic7 is the input:
//
//	t = asyncio.create_task(f(5))
type basic7 struct{}

var Py_t *Task[int]

//line <console>:1
func (basic7) Run() error {
	Defs("<console>", map[string]int{})
//line <console>:1
	Py_t = CreateTask(NewCoro("f", func() (int, error) {
		return Py_f(5)
	}))
	return nil
}

// basic8 is the input:
//
//	await t
type basic8 struct{}

//line <console>:1
func (basic8) Run() error {
	Defs("<console>", map[string]int{})
//line <console>:1
	v, err := Py_t.Await()
	if err != nil {
		return err
	}
	Display(v)
	return nil
}

// basic9 is the input:
//
//	t
type basic9 struct{}

//line <console>:1
func (basic9) Run() error {
	Defs("<console>", map[string]int{})
//line <console>:1
	Display(Py_t)
	return nil
}

// basic10 is the input:
//
//	await asyncio.sleep(0); print(asyncio.current_task())
type basic10 struct{}

//line <console>:1
func (basic10) Run() error {
	Defs("<console>", map[string]int{})
//line <console>:1
	if err := Sleep(0); err != nil {
		return err
	}
//line <console>:1
	Print(CurrentTask())
	return nil
}

// basic11 is the input:
//
//	t = asyncio.current_task(); await asyncio.sleep(0)
type basic11 struct{}

var Py_t2 AnyTask

//line <console>:1
func (basic11) Run() error {
	Defs("<console>", map[string]int{})
//line <console>:1
	Py_t2 = CurrentTask()
//line <console>:1
	if err := Sleep(0); err != nil {
		return err
	}
	Display(None)
	return nil
}

// basic12 is the input:
//
//	t
type basic12 struct{}

//line <console>:1
func (basic12) Run() error {
	Defs("<console>", map[string]int{})
//line <console>:1
	Display(Py_t2)
	return nil
}

// tb1 is the input:
//
//	1/0
type tb1 struct{}

//line <console>:1
func (tb1) Run() error {
	Defs("<console>", map[string]int{})
//line <console>:1
	v, err := TrueDivInt(1, 0)
	if err != nil {
		return err
	}
	Display(v)
	return nil
}

// tb2 is the input:
//
//	class P:
//	    def hi(self):
//	        raise ValueError("hi")
type tb2 struct{}

type Py_P struct{}

//line <console>:2
func (self *Py_P) Py_hi() error {
//line <console>:3
	return Raise(ValueError.New("hi"))
}

//line <console>:1
func (tb2) Run() error {
	Defs("<console>", map[string]int{})
	return nil
}

// tb3 is the input:
//
//	async def fetch(n):
//	    await asyncio.sleep(0)
//	    P().hi()
type tb3 struct{}

//line <console>:1
func Py_fetch(n int) error {
//line <console>:2
	if err := Sleep(0); err != nil {
		return err
	}
//line <console>:3
	if err := (&Py_P{}).Py_hi(); err != nil {
		return err
	}
	return nil
}

//line <console>:1
func (tb3) Run() error {
	Defs("<console>", map[string]int{"fetch": 1})
	return nil
}

// tb4 is the input:
//
//	await fetch(1)
type tb4 struct{}

//line <console>:1
func (tb4) Run() error {
	Defs("<console>", map[string]int{})
//line <console>:1
	if err := Py_fetch(1); err != nil {
		return err
	}
	Display(None)
	return nil
}

// tb5 is the input:
//
//	await asyncio.sleep(0.01); 1/0
type tb5 struct{}

//line <console>:1
func (tb5) Run() error {
	Defs("<console>", map[string]int{})
//line <console>:1
	if err := Sleep(0.01); err != nil {
		return err
	}
	Display(None)
//line <console>:1
	v, err := TrueDivInt(1, 0)
	if err != nil {
		return err
	}
	Display(v)
	return nil
}

// tb6 is the input:
//
//	def h():
//	    try:
//	        1/0
//	    except Exception:
//	        raise KeyError(2)
type tb6 struct{}

//line <console>:1
func Py_h() error {
//line <console>:3
	if _, err := TrueDivInt(1, 0); err != nil {
//line <console>:4
		if !IsInstance(err, Exception) {
			return err
		}
//line <console>:5
		return Raise(WithContext(KeyError.New(2), err))
	}
	return nil
}

//line <console>:1
func (tb6) Run() error {
	Defs("<console>", map[string]int{})
	return nil
}

// tb7 is the input:
//
//	h()
type tb7 struct{}

//line <console>:1
func (tb7) Run() error {
	Defs("<console>", map[string]int{})
//line <console>:1
	if err := Py_h(); err != nil {
		return err
	}
	Display(None)
	return nil
}

// tb8 is the input:
//
//	asyncio.current_task().cancel(); await asyncio.sleep(1)
type tb8 struct{}

//line <console>:1
func (tb8) Run() error {
	Defs("<console>", map[string]int{})
//line <console>:1
	Display(TaskCancel(CurrentTask()))
//line <console>:1
	if err := Sleep(1); err != nil {
		return err
	}
	Display(None)
	return nil
}

// tb9 is the input:
//
//	raise KeyboardInterrupt
type tb9 struct{}

//line <console>:1
func (tb9) Run() error {
	Defs("<console>", map[string]int{})
//line <console>:1
	return Raise(KeyboardInterrupt.New())
}

// tb10 is the input:
//
//	await asyncio.sleep(0); raise KeyboardInterrupt
type tb10 struct{}

//line <console>:1
func (tb10) Run() error {
	Defs("<console>", map[string]int{})
//line <console>:1
	if err := Sleep(0); err != nil {
		return err
	}
	Display(None)
//line <console>:1
	return Raise(KeyboardInterrupt.New())
}

// tb11 is the input:
//
//	print("after")
type tb11 struct{}

//line <console>:1
func (tb11) Run() error {
	Defs("<console>", map[string]int{})
//line <console>:1
	Print("after")
	return nil
}

// bg1 is the input:
//
//	async def tick():
//	    for i in range(3):
//	        await asyncio.sleep(0.02)
//	        print("tick", i)
type bg1 struct{}

//line <console>:1
func Py_tick() error {
//line <console>:2
	for i := 0; i < 3; i++ {
//line <console>:3
		if err := Sleep(0.02); err != nil {
			return err
		}
//line <console>:4
		Print("tick", i)
	}
	return nil
}

//line <console>:1
func (bg1) Run() error {
	Defs("<console>", map[string]int{"tick": 1})
	return nil
}

// bg2 is the input:
//
//	t = asyncio.create_task(tick())
type bg2 struct{}

var Py_tickTask *Task[NoneType]

//line <console>:1
func (bg2) Run() error {
	Defs("<console>", map[string]int{})
//line <console>:1
	Py_tickTask = CreateTask(VoidCoro("tick", func() error {
		return Py_tick()
	}))
	return nil
}

// bg3 is the input:
//
//	print("next")
type bg3 struct{}

//line <console>:1
func (bg3) Run() error {
	Defs("<console>", map[string]int{})
//line <console>:1
	Print("next")
	return nil
}

// bg4 is the input:
//
//	async def g():
//	    raise ValueError(5)
type bg4 struct{}

//line <console>:1
func Py_g() error {
//line <console>:2
	return Raise(ValueError.New(5))
}

//line <console>:1
func (bg4) Run() error {
	Defs("<console>", map[string]int{"g": 1})
	return nil
}

// bg5 is the input:
//
//	u = asyncio.create_task(g())
type bg5 struct{}

var Py_u *Task[NoneType]

//line <console>:1
func (bg5) Run() error {
	Defs("<console>", map[string]int{})
//line <console>:1
	Py_u = CreateTask(VoidCoro("g", func() error {
		return Py_g()
	}))
	return nil
}

// bg6 is the input:
//
//	await asyncio.sleep(0.01)
type bg6 struct{}

//line <console>:1
func (bg6) Run() error {
	Defs("<console>", map[string]int{})
//line <console>:1
	if err := Sleep(0.01); err != nil {
		return err
	}
	Display(None)
	return nil
}

// bg7 is the input:
//
//	async def forever():
//	    await asyncio.sleep(10)
type bg7 struct{}

//line <console>:1
func Py_forever() error {
//line <console>:2
	return Sleep(10)
}

//line <console>:1
func (bg7) Run() error {
	Defs("<console>", map[string]int{"forever": 1})
	return nil
}

// bg8 is the input:
//
//	p = asyncio.create_task(forever())
type bg8 struct{}

var Py_p *Task[NoneType]

//line <console>:1
func (bg8) Run() error {
	Defs("<console>", map[string]int{})
//line <console>:1
	Py_p = CreateTask(VoidCoro("forever", func() error {
		return Py_forever()
	}))
	return nil
}

// bg9 is the input:
//
//	p
type bg9 struct{}

//line <console>:1
func (bg9) Run() error {
	Defs("<console>", map[string]int{})
//line <console>:1
	Display(Py_p)
	return nil
}

// exit1 is the input:
//
//	import sys; sys.exit(3)
type exit1 struct{}

//line <console>:1
func (exit1) Run() error {
	Defs("<console>", map[string]int{})
//line <console>:1
	return Exit(3)
}

// exit2 is the input:
//
//	await asyncio.sleep(0); raise SystemExit(4)
type exit2 struct{}

//line <console>:1
func (exit2) Run() error {
	Defs("<console>", map[string]int{})
//line <console>:1
	if err := Sleep(0); err != nil {
		return err
	}
	Display(None)
//line <console>:1
	return Raise(SystemExit.New(4))
}
