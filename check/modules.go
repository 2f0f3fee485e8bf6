package check

import (
	"sync"

	"strings"

	"github.com/pyasync2go/pyasync2go/ast"
)

// knownModules are the modules a program may import.
var knownModules = map[string]bool{
	"asyncio": true, "time": true, "threading": true, "datetime": true, "sys": true,
	"dataclasses": true, "asyncio.subprocess": true, "os": true,
}

// namespaces are module attributes that are themselves used as namespaces.
var namespaces = map[string]bool{
	"datetime.datetime": true,
}

// asyncioUnsupported are real asyncio attributes that are not translated yet.
var asyncioUnsupported = map[string]bool{
	"Barrier":        true,
	"get_event_loop": true,
	"new_event_loop": true, "set_event_loop": true, "Runner": true, "run_coroutine_threadsafe": true,
	"ensure_future": true, "iscoroutine": true, "Timeout": true,
	"StreamReader": true, "StreamWriter": true,
	"open_connection": true, "start_server": true,
	"wrap_future": true, "IncompleteReadError": true, "LimitOverrunError": true,
	"BrokenBarrierError": true, "SendfileNotAvailableError": true, "AbstractEventLoop": true,
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
		"LifoQueue":        nil, "PriorityQueue": nil, "Condition": nil, "wait": nil, "as_completed": nil,
		"Future": nil, "Task": nil,
		"timeout_at": nil, "subprocess": {Kind: Module, Name: "asyncio.subprocess"},
		"ALL_COMPLETED": tStr, "FIRST_COMPLETED": tStr, "FIRST_EXCEPTION": tStr,
	},
	"asyncio.subprocess": {"PIPE": tInt, "STDOUT": tInt, "DEVNULL": tInt},
	"time":               {"sleep": nil, "time": nil, "monotonic": nil, "perf_counter": nil},
	"threading":          {"get_ident": nil, "main_thread": nil, "Thread": nil, "Event": nil},
	"threading.Thread":   {"ident": tInt},
	"datetime":           {"datetime": nil},
	"datetime.datetime":  {"now": nil},
	"sys":                {"exit": nil, "argv": listOf(tStr), "stdout": {Kind: Stream}, "stderr": {Kind: Stream}},
	"dataclasses": {"dataclass": nil, "field": nil,
		"FrozenInstanceError": {Kind: Class, Class: builtinClass("FrozenInstanceError")}},
	"os": {"environ": dictOf(tStr, tStr), "getenv": nil},
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
			var t *Type
			var ok bool
			if _, known := moduleAttrs[s.Module][a.Name]; !known && moduleAttrs[s.Module] != nil &&
				!(s.Module == "asyncio" && asyncioUnsupported[a.Name]) {
				c.errorf(a.Pos, "cannot import name '%s' from '%s'", a.Name, s.Module)
			} else {
				t, ok = c.moduleAttr(a.Pos, s.Module, a.Name)
			}
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
	"IndexError", "KeyError", "ValueError", "TypeError", "AttributeError", "NameError", "UnboundLocalError",
	"RuntimeError", "NotImplementedError", "AssertionError", "OverflowError", "StopIteration",
	"OSError", "TimeoutError", "SystemExit", "KeyboardInterrupt", "BaseExceptionGroup",
	"ExceptionGroup", "UnicodeDecodeError",
}

var (
	builtinClassesMu sync.Mutex
	builtinClasses   = map[string]*ClassInfo{}
)

// builtinClass returns the one ClassInfo of a built-in class; checks may
// run concurrently.
func builtinClass(name string) *ClassInfo {
	builtinClassesMu.Lock()
	defer builtinClassesMu.Unlock()
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
	"type", "round", "dict", "divmod", "map", "filter", "set", "bin", "hex", "oct", "ord", "chr",
	"pow", "issubclass", "tuple", "format", "object", "bytes",
}

// builtinUnsupported are built-ins with their own diagnostic.
var builtinUnsupported = map[string]string{
	"exec": "exec", "eval": "eval", "__import__": "__import__", "globals": "globals",
	"locals": "locals", "vars": "vars", "compile": "compile", "breakpoint": "breakpoint",
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

var tBytes = &Type{Kind: Bytes}

// callbackParam feeds the argument types of a callback the event loop will
// call (add_done_callback, call_soon, run_in_executor) into its parameters.
func (c *checker) callbackParam(e ast.Expr, t *Type, args []*Type) {
	if t != nil && t.Kind == BuiltinFn && (t.Name == "print" || t.Name == "Event.set" || t.Name == "Event.clear") {
		if t.Name != "print" && len(args) != 0 {
			c.errorf(e.Position(), "unsupported: this callback")
		}
		return
	}
	if t != nil && t.Kind == BuiltinFn && t.Name == "list.append" {
		attr, ok := e.(*ast.Attribute)
		if !ok || len(args) != 1 {
			c.errorf(e.Position(), "unsupported: this callback")
			return
		}
		c.refine(attr.Value, listOf(args[0]))
		return
	}
	if t != nil && t.Kind == BuiltinFn && strings.HasPrefix(t.Name, "Future.") {
		attr, ok := e.(*ast.Attribute)
		if !ok || len(args) > 1 || (t.Name != "Future.cancel" && len(args) != 1) {
			c.errorf(e.Position(), "unsupported: this callback")
			return
		}
		if t.Name == "Future.set_result" {
			c.refine(attr.Value, futureOf(args[0]))
		}
		return
	}
	if t == nil || t.Kind != Callable {
		if t != nil && t.Kind != Unknown {
			c.errorf(e.Position(), "unsupported: a callback that is %s", t)
		}
		return
	}
	f := t.Fn
	if f.Async {
		c.errorf(e.Position(), "unsupported: an async function as a callback")
		return
	}
	if len(f.Params) != len(args) {
		c.errorf(e.Position(), "unsupported: a callback with %d parameters called with %d arguments", len(f.Params), len(args))
		return
	}
	f.Called = true
	for i, a := range args {
		c.setType(&f.Params[i].Type, a)
	}
}

// asyncMethod types the methods of asyncio objects that methodCall does
// not: task and future introspection, done callbacks, the loop's
// scheduling methods, timeouts and conditions.
func (c *checker) asyncMethod(recv *Type, fn *ast.Attribute, e *ast.Call, ts []*Type) (*Type, bool) {
	attr := fn.Attr
	switch recv.Kind {
	case Task, Future, AnyTask:
		switch attr {
		case "exception":
			c.noKeywords(e, attr)
			c.wantArgs(e, attr, 0, 0)
			c.markRaises(e)
			return tExc, true
		case "cancel":
			if recv.Kind == AnyTask {
				c.noKeywords(e, attr, "msg")
				c.wantArgs(e, attr, 0, 1)
				return tBool, true
			}
		case "cancelling", "uncancel":
			if recv.Kind != Future {
				c.noKeywords(e, attr)
				c.wantArgs(e, attr, 0, 0)
				return tInt, true
			}
		case "get_coro":
			if recv.Kind == Task {
				c.wantArgs(e, attr, 0, 0)
				return coroOf(recv.Elem), true
			}
		case "get_loop":
			c.wantArgs(e, attr, 0, 0)
			return &Type{Kind: Loop}, true
		case "add_done_callback", "remove_done_callback":
			if recv.Kind == AnyTask {
				break
			}
			c.noKeywords(e, attr)
			if c.wantArgs(e, attr, 1, 1) {
				if attr == "add_done_callback" {
					c.callbackParam(e.Args[0], ts[0], []*Type{recv})
				} else if _, ok := e.Args[0].(*ast.Name); !ok || ts[0].Kind != Callable {
					c.errorf(e.Pos, "unsupported: remove_done_callback() of something else than a function name")
				}
			}
			if attr == "remove_done_callback" {
				return tInt, true
			}
			return tNone, true
		}
	case Loop:
		switch attr {
		case "call_soon", "call_soon_threadsafe", "call_later", "call_at":
			c.noKeywords(e, attr)
			skip := 1
			if attr == "call_later" || attr == "call_at" {
				skip = 2
				if len(ts) > 0 && ts[0].Kind != Int && ts[0].Kind != Float && ts[0].Kind != Unknown {
					c.errorf(e.Args[0].Position(), "%s() needs a number, not %s", attr, ts[0])
				}
			}
			if c.wantArgs(e, attr, skip, skip+8) {
				c.callbackParam(e.Args[skip-1], ts[skip-1], ts[skip:])
			}
			return &Type{Kind: Handle}, true
		case "run_in_executor":
			c.noKeywords(e, attr)
			if !c.wantArgs(e, attr, 2, 10) {
				return tUnknown, true
			}
			if k, ok := e.Args[0].(*ast.Constant); !ok || k.Kind != ast.ConstNone {
				c.errorf(e.Args[0].Position(), "unsupported: run_in_executor() with an executor other than None")
			}
			inner := c.info.ThreadCalls[e]
			if inner == nil {
				inner = &ast.Call{Pos: e.Pos, Func: e.Args[1], Args: e.Args[2:]}
				c.info.ThreadCalls[e] = inner
			}
			return futureOf(c.expr(inner)), true
		case "is_running", "is_closed":
			c.wantArgs(e, attr, 0, 0)
			return tBool, true
		}
	case Handle:
		switch attr {
		case "cancel":
			c.wantArgs(e, attr, 0, 0)
			return tNone, true
		case "cancelled":
			c.wantArgs(e, attr, 0, 0)
			return tBool, true
		case "when":
			c.wantArgs(e, attr, 0, 0)
			return tFloat, true
		}
	case Timeout:
		switch attr {
		case "expired":
			c.wantArgs(e, attr, 0, 0)
			return tBool, true
		case "when":
			c.wantArgs(e, attr, 0, 0)
			return tDynamic, true // a float, or None
		case "reschedule":
			if c.wantArgs(e, attr, 1, 1) && ts[0].Kind != Int && ts[0].Kind != Float && ts[0].Kind != None && ts[0].Kind != Unknown {
				c.errorf(e.Args[0].Position(), "reschedule() needs a number or None, not %s", ts[0])
			}
			c.markRaises(e)
			return tNone, true
		}
	case Condition:
		switch attr {
		case "acquire":
			c.wantArgs(e, attr, 0, 0)
			return coroOf(tBool), true
		case "release", "notify_all":
			c.wantArgs(e, attr, 0, 0)
			c.markRaises(e)
			return tNone, true
		case "notify":
			c.wantArgs(e, attr, 0, 1)
			c.markRaises(e)
			return tNone, true
		case "locked":
			c.wantArgs(e, attr, 0, 0)
			return tBool, true
		case "wait":
			c.wantArgs(e, attr, 0, 0)
			return coroOf(tBool), true
		case "wait_for":
			if c.wantArgs(e, attr, 1, 1) {
				c.callbackParam(e.Args[0], ts[0], nil)
			}
			return coroOf(tBool), true
		}
	case Bytes:
		if attr == "decode" {
			c.noKeywords(e, attr)
			if c.wantArgs(e, attr, 0, 0) {
				return tStr, true
			}
			return tStr, true
		}
	case Str:
		if attr == "splitlines" {
			c.noKeywords(e, attr, "keepends")
			c.wantArgs(e, attr, 0, 1)
			return listOf(tStr), true
		}
		if attr == "encode" {
			c.noKeywords(e, attr)
			c.wantArgs(e, attr, 0, 0)
			return tBytes, true
		}
	case StreamReader:
		switch attr {
		case "read":
			if c.wantArgs(e, attr, 0, 1) && len(ts) == 1 && ts[0].Kind != Int && ts[0].Kind != Unknown {
				c.errorf(e.Args[0].Position(), "read() needs an int, not %s", ts[0])
			}
			return coroOf(tBytes), true
		case "readline":
			c.wantArgs(e, attr, 0, 0)
			return coroOf(tBytes), true
		case "at_eof":
			c.wantArgs(e, attr, 0, 0)
			return tBool, true
		}
	case StreamWriter:
		switch attr {
		case "write":
			if c.wantArgs(e, attr, 1, 1) && ts[0].Kind != Bytes && ts[0].Kind != Unknown {
				c.errorf(e.Args[0].Position(), "write() needs bytes, not %s", ts[0])
			}
			return tNone, true
		case "drain":
			c.wantArgs(e, attr, 0, 0)
			return coroOf(tNone), true
		case "close":
			c.wantArgs(e, attr, 0, 0)
			c.markRaises(e)
			return tNone, true
		}
	case Exc:
		switch attr {
		case "split", "subgroup":
			c.noKeywords(e, attr)
			if c.wantArgs(e, attr, 1, 1) && ts[0].Kind != Class && ts[0].Kind != Tuple && ts[0].Kind != Unknown {
				c.errorf(e.Args[0].Position(), "unsupported: %s() of %s (an exception class is supported)", attr, ts[0])
			}
			if attr == "split" {
				return &Type{Kind: Tuple, Elems: []*Type{tExc, tExc}}, true
			}
			return tExc, true
		}
	case Thread:
		switch attr {
		case "start", "join":
			c.wantArgs(e, attr, 0, 0)
			return tNone, true
		}
	case ThreadEvent:
		switch attr {
		case "set", "clear":
			c.wantArgs(e, attr, 0, 0)
			return tNone, true
		case "is_set", "wait":
			c.wantArgs(e, attr, 0, 0)
			return tBool, true
		}
	case Coro:
		if attr == "close" {
			c.wantArgs(e, attr, 0, 0)
			return tNone, true
		}
	case Process:
		switch attr {
		case "kill", "terminate":
			c.wantArgs(e, attr, 0, 0)
			return tNone, true
		case "send_signal":
			c.wantArgs(e, attr, 1, 1)
			return tNone, true
		case "communicate":
			c.noKeywords(e, attr, "input")
			if c.wantArgs(e, attr, 0, 1) && len(ts) == 1 && ts[0].Kind != Bytes && ts[0].Kind != None && ts[0].Kind != Unknown {
				c.errorf(e.Args[0].Position(), "communicate() needs bytes, not %s", ts[0])
			}
			return coroOf(&Type{Kind: Tuple, Elems: []*Type{tBytes, tBytes}}), true
		}
	}
	return nil, false
}

// asyncAttr types the attributes of asyncio objects and exceptions.
func (c *checker) asyncAttr(t *Type, e *ast.Attribute) (*Type, bool) {
	switch t.Kind {
	case Queue:
		if e.Attr == "maxsize" {
			return tInt, true
		}
	case Event:
		if e.Attr == "set" || e.Attr == "clear" {
			// a bound method passed to call_soon and friends
			return &Type{Kind: BuiltinFn, Name: "Event." + e.Attr}, true
		}
	case List:
		if e.Attr == "append" {
			// a bound method passed to call_soon and friends
			return &Type{Kind: BuiltinFn, Name: "list.append"}, true
		}
	case Task, AnyTask:
		if e.Attr == "cancel" {
			return &Type{Kind: BuiltinFn, Name: "Future.cancel"}, true
		}
	case Future:
		switch e.Attr {
		case "set_result", "set_exception", "cancel":
			// a bound method passed to call_soon and friends
			return &Type{Kind: BuiltinFn, Name: "Future." + e.Attr}, true
		}
	case Process:
		switch e.Attr {
		case "returncode":
			return &Type{Kind: Dynamic}, true
		case "stdout", "stderr":
			return &Type{Kind: StreamReader}, true
		case "stdin":
			return &Type{Kind: StreamWriter}, true
		}
	case Exc:
		switch e.Attr {
		case "args":
			return &Type{Kind: AnyTuple}, true
		case "message":
			return tStr, true
		}
	}
	return nil, false
}

// optNumber reports whether t is a number or None (a timeout).
func optNumber(t *Type) bool {
	switch t.Kind {
	case Int, Float, None, Unknown:
		return true
	}
	return false
}

// asyncModuleCall types the asyncio functions moduleCall leaves out, or
// the forms of its functions it does not handle. ok is false for the rest.
func (c *checker) asyncModuleCall(name string, e *ast.Call) (*Type, bool) {
	short := name[strings.LastIndex(name, ".")+1:]
	switch name {
	case "asyncio.timeout", "asyncio.timeout_at":
		c.noKeywords(e, short)
		ts := c.args(e)
		if c.wantArgs(e, short, 1, 1) && !optNumber(ts[0]) {
			c.errorf(e.Args[0].Position(), "%s() needs a number or None, not %s", short, ts[0])
		}
		return tTimeout, true
	case "asyncio.wait_for":
		c.noKeywords(e, short, "timeout")
		ts := c.args(e)
		var timeout ast.Expr
		if k := c.keyword(e, "timeout"); k != nil && len(e.Args) == 1 {
			timeout = k.Value
		} else if c.wantArgs(e, short, 2, 2) {
			timeout = e.Args[1]
		} else {
			return tUnknown, true
		}
		if t := c.info.TypeOf(timeout); !optNumber(t) {
			c.errorf(timeout.Position(), "wait_for() needs a number or None, not %s", t)
		}
		if !ts[0].IsAwaitable() {
			if ts[0].Kind != Unknown {
				c.errorf(e.Args[0].Position(), "wait_for() needs an awaitable, not %s", ts[0])
			}
			return coroOf(tUnknown), true
		}
		return coroOf(ts[0].Elem), true
	case "asyncio.wait":
		c.noKeywords(e, short, "timeout", "return_when")
		ts := c.args(e)
		if k := c.keyword(e, "timeout"); k != nil && !optNumber(c.info.TypeOf(k.Value)) {
			c.errorf(k.Pos, "wait() needs a number or None as timeout")
		}
		if k := c.keyword(e, "return_when"); k != nil && c.info.TypeOf(k.Value).Kind != Str {
			c.errorf(k.Pos, "unsupported: this return_when")
		}
		if !c.wantArgs(e, short, 1, 1) {
			return tUnknown, true
		}
		el := c.elemType(e.Args[0], ts[0])
		if el.Kind != Task && el.Kind != Unknown || (ts[0].Kind != List && ts[0].Kind != Unknown) {
			c.errorf(e.Args[0].Position(), "unsupported: wait() of %s (a list of tasks is supported)", ts[0])
			return tUnknown, true
		}
		l := listOf(el)
		if el.Kind == Task && el.Elem.Kind == Dynamic {
			// tasks of different result types
			if _, ok := e.Args[0].(*ast.List); !ok {
				c.errorf(e.Args[0].Position(), "unsupported: wait() of tasks with different result types that are not a list display")
			}
			l = listOf(tAnyTask)
		}
		return coroOf(&Type{Kind: Tuple, Elems: []*Type{l, l}}), true
	case "asyncio.as_completed":
		c.noKeywords(e, short, "timeout")
		ts := c.args(e)
		if k := c.keyword(e, "timeout"); k != nil && !optNumber(c.info.TypeOf(k.Value)) {
			c.errorf(k.Pos, "as_completed() needs a number or None as timeout")
		}
		if !c.wantArgs(e, short, 1, 1) {
			return tUnknown, true
		}
		el := c.elemType(e.Args[0], ts[0])
		if ts[0].Kind != List && ts[0].Kind != Unknown || !el.IsAwaitable() && el.Kind != Unknown {
			c.errorf(e.Args[0].Position(), "unsupported: as_completed() of %s (a list of awaitables is supported)", ts[0])
			return tUnknown, true
		}
		return listOf(coroOf(orUnknown(el.Elem))), true
	case "asyncio.gather":
		k := c.keyword(e, "return_exceptions")
		if k == nil {
			return nil, false
		}
		c.noKeywords(e, short, "return_exceptions")
		ts := c.args(e)
		if kt := c.info.TypeOf(k.Value); kt.Kind != Bool {
			c.errorf(k.Pos, "unsupported: return_exceptions= that is not a bool")
		}
		for i, a := range e.Args {
			if _, ok := a.(*ast.Starred); ok {
				if len(e.Args) != 1 || ts[i].Kind != List && ts[i].Kind != Unknown {
					c.unsupported(a.Position(), "star-call")
				} else if el := ts[i].Elem; el != nil && !el.IsAwaitable() && el.Kind != Unknown {
					c.errorf(a.Position(), "gather() needs awaitables, not %s", el)
				}
			} else if !ts[i].IsAwaitable() && ts[i].Kind != Unknown {
				c.errorf(a.Position(), "gather() needs awaitables, not %s", ts[i])
			}
		}
		return futureOf(listOf(tDynamic)), true
	case "threading.Event":
		c.noKeywords(e, short)
		c.args(e)
		c.wantArgs(e, short, 0, 0)
		return &Type{Kind: ThreadEvent}, true
	case "threading.Thread":
		c.noKeywords(e, short, "target", "args")
		c.args(e)
		c.wantArgs(e, short, 0, 0)
		target := c.keyword(e, "target")
		if target == nil {
			c.errorf(e.Pos, "unsupported: threading.Thread() without target=")
			return &Type{Kind: Thread}, true
		}
		var args []ast.Expr
		if k := c.keyword(e, "args"); k != nil {
			tup, ok := k.Value.(*ast.Tuple)
			if !ok {
				c.errorf(k.Pos, "unsupported: args= that is not a tuple display")
				return &Type{Kind: Thread}, true
			}
			args = tup.Elts
		}
		var ts []*Type
		for _, a := range args {
			ts = append(ts, c.info.TypeOf(a))
		}
		c.callbackParam(target.Value, c.info.TypeOf(target.Value), ts)
		c.refineArgs(target.Value, args)
		return &Type{Kind: Thread}, true
	case "threading.main_thread":
		c.noKeywords(e, short)
		c.args(e)
		c.wantArgs(e, short, 0, 0)
		return &Type{Kind: Module, Name: "threading.Thread"}, true
	case "asyncio.LifoQueue", "asyncio.PriorityQueue":
		c.noKeywords(e, short, "maxsize")
		c.args(e)
		c.wantArgs(e, short, 0, 1)
		return &Type{Kind: Queue, Elem: tUnknown}, true
	case "asyncio.Condition":
		c.noKeywords(e, short)
		ts := c.args(e)
		if c.wantArgs(e, short, 0, 1) && len(ts) == 1 && ts[0].Kind != Lock && ts[0].Kind != Unknown {
			c.errorf(e.Args[0].Position(), "Condition() needs a Lock, not %s", ts[0])
		}
		return &Type{Kind: Condition}, true
	case "asyncio.create_subprocess_shell", "asyncio.create_subprocess_exec":
		if len(e.Keywords) == 0 {
			return nil, false
		}
		for _, k := range e.Keywords {
			switch k.Arg {
			case "stdin", "stdout", "stderr":
				if t := c.expr(k.Value); t.Kind != Int && t.Kind != None && t.Kind != Unknown {
					c.errorf(k.Pos, "unsupported: %s=%s", k.Arg, t)
				}
			default:
				c.errorf(k.Pos, "%s() got an unexpected keyword argument '%s'", short, k.Arg)
			}
		}
		saved := e.Keywords
		e.Keywords = nil
		t := c.moduleCall(name, e)
		e.Keywords = saved
		return t, true
	}
	return nil, false
}

// defaultFutures gives the futures whose result is never set nor read a
// None result (set_exception and cancel alone do not tell the type). It
// reports whether a type changed.
func (c *checker) defaultFutures() bool {
	changed := false
	for _, f := range append([]*Func{c.info.Module}, c.info.FuncSeq...) {
		vars := append([]*Var(nil), f.Params...)
		for _, name := range sortedKeys(f.Locals) {
			vars = append(vars, f.Locals[name])
		}
		for _, v := range vars {
			if v.Type != nil && v.Type.Kind == Future && (v.Type.Elem == nil || v.Type.Elem.Kind == Unknown) {
				v.Type = futureOf(tNone)
				changed = true
			}
		}
	}
	return changed
}

// futureLike reports whether "l is r" compares a task and a future (or
// tasks of different static types): the runtime compares the objects.
func futureLike(l, r *Type) bool {
	isF := func(t *Type) bool { return t.Kind == Task || t.Kind == Future || t.Kind == AnyTask }
	return isF(l) && isF(r)
}

// asyncClass returns "Future" or "Task" when t is asyncio.Future or
// asyncio.Task used as a class (in isinstance), "" otherwise.
func asyncClass(t *Type) string {
	if t.Kind == Module && (t.Name == "asyncio.Future" || t.Name == "asyncio.Task") {
		return t.Name[len("asyncio."):]
	}
	return ""
}

// IsInstanceAsync is isinstance(x, asyncio.Future or asyncio.Task) for a
// value of type t: decided statically.
func IsInstanceAsync(t, class *Type) (result, ok bool) {
	switch asyncClass(class) {
	case "Future":
		return t.Kind == Task || t.Kind == Future || t.Kind == AnyTask, true
	case "Task":
		return t.Kind == Task || t.Kind == AnyTask, true
	}
	return false, false
}

// refineArgs lets a callback fill in what the caller's containers hold
// (fut.set_result(x) in a thread's target): they are the same objects.
func (c *checker) refineArgs(fn ast.Expr, args []ast.Expr) {
	t := c.info.TypeOf(fn)
	if t.Kind != Callable || len(t.Fn.Params) != len(args) {
		return
	}
	for i, a := range args {
		if at := c.info.TypeOf(a); isContainer(at) && !at.Complete() {
			c.refine(a, t.Fn.Params[i].Type)
		}
	}
}
