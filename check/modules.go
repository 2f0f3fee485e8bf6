package check

import (
	"strings"

	"github.com/pyasync2go/pyasync2go/ast"
)

// knownModules are the modules a program may import.
var knownModules = map[string]bool{
	"asyncio": true, "time": true, "threading": true, "datetime": true, "sys": true,
	"dataclasses": true,
}

// namespaces are module attributes that are themselves used as namespaces.
var namespaces = map[string]bool{
	"datetime.datetime": true,
}

// asyncioUnsupported are real asyncio attributes that are not translated yet.
var asyncioUnsupported = map[string]bool{
	"PriorityQueue": true, "LifoQueue": true,
	"Condition": true, "Barrier": true,
	"wait": true, "as_completed": true, "get_event_loop": true,
	"new_event_loop": true, "set_event_loop": true, "Runner": true, "run_coroutine_threadsafe": true,
	"ensure_future": true, "iscoroutine": true, "timeout_at": true, "Timeout": true,
	"Future": true, "Task": true, "subprocess": true, "StreamReader": true, "StreamWriter": true,
	"open_connection": true, "start_server": true,
	"wrap_future": true, "IncompleteReadError": true, "LimitOverrunError": true,
	"BrokenBarrierError": true, "SendfileNotAvailableError": true, "ALL_COMPLETED": true,
	"FIRST_COMPLETED": true, "FIRST_EXCEPTION": true, "AbstractEventLoop": true,
}

// moduleAttrs lists, per module, the attributes that are translated and
// the type of a non-callable attribute (nil for functions, typed at calls).
var moduleAttrs = map[string]map[string]*Type{
	"asyncio": {
		"run": nil, "sleep": nil, "create_task": nil, "gather": nil, "shield": nil,
		"wait_for": nil, "to_thread": nil, "current_task": nil, "all_tasks": nil,
		"TaskGroup": nil, "timeout": nil, "create_subprocess_shell": nil, "create_subprocess_exec": nil,
		"CancelledError":    {Kind: Class, Class: builtinClass("CancelledError")},
		"TimeoutError":      {Kind: Class, Class: builtinClass("TimeoutError")},
		"InvalidStateError": {Kind: Class, Class: builtinClass("InvalidStateError")},
		"QueueEmpty":        {Kind: Class, Class: builtinClass("QueueEmpty")},
		"QueueFull":         {Kind: Class, Class: builtinClass("QueueFull")},
		"Queue":             nil, "Lock": nil, "Event": nil, "Semaphore": nil, "BoundedSemaphore": nil,
		"get_running_loop": nil,
	},
	"time":              {"sleep": nil, "time": nil, "monotonic": nil, "perf_counter": nil},
	"threading":         {"get_ident": nil},
	"datetime":          {"datetime": nil},
	"datetime.datetime": {"now": nil},
	"sys":               {"exit": nil, "argv": listOf(tStr), "stdout": {Kind: Stream}, "stderr": {Kind: Stream}},
	"dataclasses":       {"dataclass": nil},
}

func (c *checker) declareImport(f *Func, s ast.Stmt) {
	// Declarations run once, before the reporting round.
	saved := c.report
	c.report = true
	defer func() { c.report = saved }()
	bind := func(name string, pos ast.Pos, t *Type) {
		if f.Locals[name] == nil {
			f.Locals[name] = &Var{Name: name, Kind: ModuleVar, Type: t, Func: f, Pos: pos}
		}
	}
	switch s := s.(type) {
	case *ast.Import:
		for _, a := range s.Names {
			root := strings.SplitN(a.Name, ".", 2)[0]
			if !knownModules[a.Name] {
				c.errorf(a.Pos, "unsupported module '%s'", a.Name)
			}
			name := root
			if a.AsName != "" {
				name = a.AsName
			}
			bind(name, a.Pos, &Type{Kind: Module, Name: a.Name})
		}
	case *ast.ImportFrom:
		if s.Level > 0 {
			c.unsupported(s.Pos, "relative-import")
			return
		}
		if !knownModules[s.Module] {
			c.errorf(s.Pos, "unsupported module '%s'", s.Module)
			return
		}
		for _, a := range s.Names {
			if a.Name == "*" {
				c.unsupported(a.Pos, "star-import")
				continue
			}
			name := a.Name
			if a.AsName != "" {
				name = a.AsName
			}
			t, ok := c.moduleAttr(a.Pos, s.Module, a.Name)
			if ok {
				bind(name, a.Pos, t)
			}
		}
	}
}

// moduleAttr types module.attr: a class or value type, or a Module type
// naming the function or namespace "module.attr".
func (c *checker) moduleAttr(pos ast.Pos, mod, attr string) (*Type, bool) {
	attrs := moduleAttrs[mod]
	t, ok := attrs[attr]
	if !ok {
		switch {
		case mod == "asyncio" && asyncioUnsupported[attr]:
			c.errorf(pos, "unsupported: asyncio.%s", attr)
		case attrs == nil:
			c.errorf(pos, "unsupported: %s.%s", mod, attr)
		default:
			c.errorf(pos, "module '%s' has no attribute '%s'", mod, attr)
		}
		return tUnknown, false
	}
	if t != nil {
		return t, true
	}
	return &Type{Kind: Module, Name: mod + "." + attr}, true
}

// builtinExceptions are the exception classes usable by name.
var builtinExceptions = []string{
	"BaseException", "Exception", "ArithmeticError", "ZeroDivisionError", "LookupError",
	"IndexError", "KeyError", "ValueError", "TypeError", "AttributeError", "NameError",
	"RuntimeError", "NotImplementedError", "AssertionError", "OverflowError", "StopIteration",
	"OSError", "TimeoutError", "SystemExit", "KeyboardInterrupt", "BaseExceptionGroup",
	"ExceptionGroup",
}

var builtinClasses = map[string]*ClassInfo{}

func builtinClass(name string) *ClassInfo {
	if ci := builtinClasses[name]; ci != nil {
		return ci
	}
	ci := &ClassInfo{Name: name, Builtin: name}
	builtinClasses[name] = ci
	return ci
}

// builtinFuncs are the built-in functions that are translated.
var builtinFuncs = []string{
	"print", "range", "len", "str", "repr", "int", "float", "bool", "sum", "abs",
	"min", "max", "list", "enumerate", "zip", "sorted", "reversed", "any", "all", "isinstance",
	"type", "round", "dict", "divmod", "map", "filter", "set",
}

// builtinUnsupported are built-ins with their own diagnostic.
var builtinUnsupported = map[string]string{
	"exec": "exec", "eval": "eval",
}

func newBuiltins() map[string]*Var {
	b := map[string]*Var{}
	for _, n := range builtinFuncs {
		b[n] = &Var{Name: n, Kind: Builtin, Type: tUnknown}
	}
	for _, n := range builtinExceptions {
		b[n] = &Var{Name: n, Kind: ClassVar, Type: &Type{Kind: Class, Class: builtinClass(n)}}
	}
	for n := range builtinUnsupported {
		b[n] = &Var{Name: n, Kind: Builtin, Type: tUnknown}
	}
	b["__name__"] = &Var{Name: "__name__", Kind: Builtin, Type: tStr}
	return b
}
