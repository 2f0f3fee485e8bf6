package rt

import (
	"errors"
	"strings"
)

// Class is a Python exception class.
type Class struct {
	Name   string
	Module string // "" for builtins; shown in tracebacks as Module.Name
	Base   *Class
}

// NewClass returns a new exception class deriving from base, as a
// "class Name(Base): ..." statement in module __main__ makes.
func NewClass(name string, base *Class) *Class {
	return &Class{Name: name, Module: "__main__", Base: base}
}

// IsSubclass reports whether c is cls or derives from it.
func (c *Class) IsSubclass(cls *Class) bool {
	for k := c; k != nil; k = k.Base {
		if k == cls {
			return true
		}
	}
	return false
}

// QualName is the class name as tracebacks print it.
func (c *Class) QualName() string {
	if c.Module == "" || c.Module == "builtins" || c.Module == "__main__" {
		return c.Name
	}
	return c.Module + "." + c.Name
}

func builtin(name string, base *Class) *Class { return &Class{Name: name, Base: base} }

// Built-in exception classes.
var (
	BaseException       = builtin("BaseException", nil)
	SystemExit          = builtin("SystemExit", BaseException)
	KeyboardInterrupt   = builtin("KeyboardInterrupt", BaseException)
	GeneratorExit       = builtin("GeneratorExit", BaseException)
	Exception           = builtin("Exception", BaseException)
	ArithmeticError     = builtin("ArithmeticError", Exception)
	ZeroDivisionError   = builtin("ZeroDivisionError", ArithmeticError)
	OverflowError       = builtin("OverflowError", ArithmeticError)
	LookupError         = builtin("LookupError", Exception)
	IndexError          = builtin("IndexError", LookupError)
	KeyError            = builtin("KeyError", LookupError)
	ValueError          = builtin("ValueError", Exception)
	TypeError           = builtin("TypeError", Exception)
	AttributeError      = builtin("AttributeError", Exception)
	NameError           = builtin("NameError", Exception)
	UnboundLocalError   = builtin("UnboundLocalError", NameError)
	RuntimeError        = builtin("RuntimeError", Exception)
	NotImplementedError = builtin("NotImplementedError", RuntimeError)
	RecursionError      = builtin("RecursionError", RuntimeError)
	AssertionError      = builtin("AssertionError", Exception)
	StopIteration       = builtin("StopIteration", Exception)
	StopAsyncIteration  = builtin("StopAsyncIteration", Exception)
	OSError             = builtin("OSError", Exception)
	FileNotFoundError   = builtin("FileNotFoundError", OSError)
	TimeoutError        = builtin("TimeoutError", OSError)
	UnicodeDecodeError  = builtin("UnicodeDecodeError", ValueError)
	BaseExceptionGroup  = builtin("BaseExceptionGroup", BaseException)
	ExceptionGroup      = builtin("ExceptionGroup", Exception)

	// CancelledError is asyncio.CancelledError.
	CancelledError = &Class{Name: "CancelledError", Module: "asyncio.exceptions", Base: BaseException}
	// InvalidStateError is asyncio.InvalidStateError.
	InvalidStateError = &Class{Name: "InvalidStateError", Module: "asyncio.exceptions", Base: Exception}
	// QueueEmpty is asyncio.QueueEmpty.
	QueueEmpty = &Class{Name: "QueueEmpty", Module: "asyncio.queues", Base: Exception}
	// QueueFull is asyncio.QueueFull.
	QueueFull = &Class{Name: "QueueFull", Module: "asyncio.queues", Base: Exception}
)

// Exc is one Python exception instance. User exception classes with
// attributes are Go structs that embed Exc.
type Exc struct {
	Class *Class
	Args  []any

	Cause           error // raise ... from Cause
	Context         error // the exception being handled when this one was raised
	SuppressContext bool

	// Str, when set, is the __str__ method of the user exception class:
	// str(e) and tracebacks use it instead of the args.
	Str func() string

	group *excGroup // set on exception groups
	tb    traceback
	// arg holds the argument of an exception made with one (New1,
	// Init1): Args is then arg[:], and making it allocates nothing more.
	arg [1]any
}

// excGroup is what an exception group holds besides its args.
type excGroup struct {
	message    string
	exceptions []error
}

// Message is exception_group.message ("" for other exceptions).
func (e *Exc) Message() string {
	if e.group == nil {
		return ""
	}
	return e.group.message
}

// Exceptions is exception_group.exceptions (nil for other exceptions).
func (e *Exc) Exceptions() []error {
	if e.group == nil {
		return nil
	}
	return e.group.exceptions
}

// PyExc returns e itself; structs embedding Exc inherit it, which is how
// the runtime finds the exception inside a user exception value.
func (e *Exc) PyExc() *Exc { return e }

// New returns an instance of c with the given constructor arguments. It
// records where it was made, which is where the runtime's own operations
// raise it; Raise records the raise site again.
//
//go:noinline
func (c *Class) New(args ...any) *Exc {
	e := &Exc{Class: c, Args: args}
	e.captureFresh()
	return e
}

// New1 is New with one argument.
//
//go:noinline
func (c *Class) New1(arg any) *Exc {
	e := &Exc{}
	e.init1(c, arg)
	e.captureFresh()
	return e
}

// init1 makes e an instance of c with the one argument arg, which e keeps.
func (e *Exc) init1(c *Class, arg any) {
	e.Class = c
	e.arg[0] = arg
	e.Args = e.arg[:]
}

// Init makes e, the Exc a user exception struct embeds, an instance of c
// with the given constructor arguments, as New does for a plain Exc.
//
//go:noinline
func (c *Class) Init(e *Exc, args ...any) {
	e.Class, e.Args = c, args
	e.captureFresh()
}

// Init1 is Init with one argument.
//
//go:noinline
func (c *Class) Init1(e *Exc, arg any) {
	e.init1(c, arg)
	e.captureFresh()
}

// captureFresh records where the runtime raises a new exception. An
// exception made by generated code is recorded by Raise instead, and a
// cancellation needs no frames. It is called by New and Newf, which are
// not inlined: the third frame up is theirs (as for New1, Init, Init1).
//
//go:noinline
func (e *Exc) captureFresh() {
	if e.Class == CancelledError {
		return
	}
	var pcs [3]uintptr
	if stackPCs(pcs[:]) == 3 && isPyPC(pcs[2]) {
		return
	}
	e.tb.capture(2)
	e.tb.fresh = true
}

// Newf returns an instance of c whose single argument is msg.
//
//go:noinline
func (c *Class) Newf(msg string) *Exc {
	e := &Exc{}
	e.init1(c, msg)
	e.captureFresh()
	return e
}

// Error returns str(e).
func (e *Exc) Error() string {
	if e.Str != nil {
		return e.Str()
	}
	if e.Class.IsSubclass(BaseExceptionGroup) || e.Class.IsSubclass(ExceptionGroup) {
		n := len(e.Exceptions())
		s := "s"
		if n == 1 {
			s = ""
		}
		return e.Message() + " (" + itoa(n) + " sub-exception" + s + ")"
	}
	if e.Class.IsSubclass(KeyError) && len(e.Args) == 1 {
		return Repr(e.Args[0])
	}
	switch len(e.Args) {
	case 0:
		return ""
	case 1:
		return Str(e.Args[0])
	}
	return Repr(Tuple(e.Args))
}

// PyRepr returns repr(e), for example ValueError('x').
func (e *Exc) PyRepr() string {
	if e.Exceptions() != nil {
		parts := make([]string, len(e.Exceptions()))
		for i, x := range e.Exceptions() {
			parts[i] = Repr(x)
		}
		return e.Class.Name + "(" + Repr(e.Message()) + ", [" + strings.Join(parts, ", ") + "])"
	}
	parts := make([]string, len(e.Args))
	for i, a := range e.Args {
		parts[i] = Repr(a)
	}
	return e.Class.Name + "(" + strings.Join(parts, ", ") + ")"
}

// PyStr returns str(e).
func (e *Exc) PyStr() string { return e.Error() }

// pyExcer is implemented by *Exc and every struct embedding it.
type pyExcer interface {
	error
	PyExc() *Exc
}

// AsExc returns the Python exception carried by err. A Go error that is
// not a Python exception is reported as a RuntimeError with its text.
func AsExc(err error) *Exc {
	switch e := err.(type) {
	case nil:
		return nil
	case *Exc:
		return e
	case pyExcer:
		return e.PyExc()
	}
	var p pyExcer
	if errors.As(err, &p) {
		return p.PyExc()
	}
	return &Exc{Class: RuntimeError, Args: []any{err.Error()}}
}

// ClassOf returns the Python class of err.
func ClassOf(err error) *Class { return AsExc(err).Class }

// IsInstance reports whether err is an instance of any of classes, as
// "except (A, B):" tests it.
func IsInstance(err error, classes ...*Class) bool {
	if err == nil {
		return false
	}
	c := ClassOf(err)
	for _, cls := range classes {
		if c.IsSubclass(cls) {
			return true
		}
	}
	return false
}

// Raise marks err as raised at the caller's Python line and returns it:
// generated code writes `return rt.Raise(ValueError.New("x"))`.
func Raise(err error) error {
	e := AsExc(err)
	e.tb.capture(2)
	e.tb.fresh = false
	return err
}

// RaiseIn is Raise(WithContext(err, handled)): "raise err" in a handler
// of the exception handled, which the stack is looked at once for.
func RaiseIn(err, handled error) error {
	pcs := callers(1)
	e := AsExc(err)
	withContextAt(e, err, handled, pcs)
	e.tb.captureAt(pcs)
	e.tb.fresh = false
	return err
}

// RaiseFromIn is RaiseFrom(WithContext(err, handled), cause).
func RaiseFromIn(err, cause, handled error) error {
	pcs := callers(1)
	e := AsExc(err)
	withContextAt(e, err, handled, pcs)
	e.Cause = cause
	if cause != nil {
		AsExc(cause).tb.caughtAt(pcs)
	}
	e.SuppressContext = true
	e.tb.captureAt(pcs)
	e.tb.fresh = false
	return err
}

// withContextAt is WithContext for e, the exception of err, raised at the
// stack pcs.
func withContextAt(e *Exc, err, handled error, pcs *stack) {
	if handled == nil || err == handled {
		return
	}
	if h := AsExc(handled); e.Context == nil && h != e {
		e.Context = handled
		h.tb.caughtAt(pcs)
	}
}

// RaiseFrom is "raise err from cause"; a nil cause is "from None".
func RaiseFrom(err, cause error) error {
	e := AsExc(err)
	e.Cause = cause
	if cause != nil {
		AsExc(cause).tb.caughtHere(2)
	}
	e.SuppressContext = true
	e.tb.capture(2)
	e.tb.fresh = false
	return err
}

// WithContext records handled as the exception being handled while err was
// raised (Python's implicit __context__), unless err is handled itself.
func WithContext(err, handled error) error {
	if err == nil || handled == nil || err == handled {
		return err
	}
	e := AsExc(err)
	if h := AsExc(handled); e.Context == nil && h != e {
		e.Context = handled
		h.tb.caughtHere(2)
	}
	return err
}

// NewExceptionGroup returns ExceptionGroup(msg, excs), or a
// BaseExceptionGroup when some member is not an Exception.
func NewExceptionGroup(msg string, excs []error) *Exc {
	cls := ExceptionGroup
	for _, x := range excs {
		if !IsInstance(x, Exception) {
			cls = BaseExceptionGroup
			break
		}
	}
	return &Exc{Class: cls, Args: []any{msg, excs}, group: &excGroup{message: msg, exceptions: excs}}
}

func isGroup(e *Exc) bool { return e.group != nil }

// SplitGroup implements "except* classes": it returns the part of err that
// matches (always an exception group; a naked exception is wrapped in
// ExceptionGroup("", [err])) and the rest (nil when nothing is left).
func SplitGroup(err error, classes ...*Class) (match, rest error) {
	if err == nil {
		return nil, nil
	}
	e := AsExc(err)
	if !isGroup(e) {
		if IsInstance(err, classes...) {
			g := NewExceptionGroup("", []error{err})
			g.tb = e.tb
			return g, nil
		}
		return nil, err
	}
	m, r := splitGroup(e, classes)
	if m != nil {
		match = m
	}
	if r != nil {
		rest = r
	}
	return match, rest
}

func splitGroup(e *Exc, classes []*Class) (match, rest *Exc) {
	if IsInstance(e, classes...) {
		return e, nil
	}
	var ms, rs []error
	for _, x := range e.Exceptions() {
		xe := AsExc(x)
		if isGroup(xe) {
			m, r := splitGroup(xe, classes)
			if m != nil {
				ms = append(ms, m)
			}
			if r != nil {
				rs = append(rs, r)
			}
			continue
		}
		if IsInstance(x, classes...) {
			ms = append(ms, x)
		} else {
			rs = append(rs, x)
		}
	}
	derive := func(list []error) *Exc {
		if len(list) == 0 {
			return nil
		}
		g := NewExceptionGroup(e.Message(), list)
		g.Class = e.Class
		if e.Class.IsSubclass(BaseExceptionGroup) && !e.Class.IsSubclass(ExceptionGroup) {
			g.Class = NewExceptionGroup(e.Message(), list).Class
		}
		g.tb = e.tb
		g.Cause, g.Context = e.Cause, e.Context
		return g
	}
	return derive(ms), derive(rs)
}

// Reraise combines what except* handlers left over: the unmatched rest
// and the exceptions raised inside the handlers, as CPython does when it
// leaves a try/except* statement. It returns nil when nothing is left.
func Reraise(orig, rest error, raised []error) error {
	if len(raised) == 0 {
		return rest
	}
	all := make([]error, 0, len(raised)+1)
	all = append(all, raised...)
	if rest != nil {
		all = append(all, rest)
	}
	if len(all) == 1 && rest == nil && !isGroup(AsExc(all[0])) {
		return all[0]
	}
	return NewExceptionGroup("", all)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
