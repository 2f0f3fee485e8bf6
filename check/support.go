package check

import (
	"fmt"
	"strings"
)

// Feature is one row of the support table: a Python construct and whether
// pyasync2go translates it. The README's support table is generated from
// Features, and every "unsupported: ..." diagnostic names a row of it.
type Feature struct {
	Key       string // stable identifier used by the checker
	Construct string // what the user wrote, as the diagnostic names it
	Supported bool
	Note      string // the supported alternative, or a limit
}

// Features lists the constructs the checker knows, supported or not.
var Features = []Feature{
	{"async-def", "async def", true, ""},
	{"def", "def", true, "parameters typed from call sites"},
	{"await", "await", true, "a direct call; coroutine objects become rt.Coro"},
	{"default-args", "default arguments", true, "evaluated once, when the def runs; not constant ones in methods"},
	{"kwargs-call", "keyword arguments in calls", true, ""},
	{"if", "if/elif/else", true, ""},
	{"while", "while", true, "with break/continue"},
	{"for", "for ... in", true, "over range, lists, tuples, dicts, sets, str, bytes, enumerate (with a start), zip"},
	{"try", "try/except/else/finally", true, "tuples of classes, 'as e', bare raise"},
	{"except-star", "except*", true, ""},
	{"raise", "raise", true, "raise X(...), raise X from Y, bare raise"},
	{"async-with", "async with", true, "asyncio.TaskGroup(), asyncio.timeout(), timeout_at(), Lock, Semaphore, Condition"},
	{"sync", "asyncio.Queue, LifoQueue, PriorityQueue, Lock, Event, Semaphore, BoundedSemaphore, Condition", true, "a PriorityQueue orders its items as Python compares them"},
	{"tasks", "tasks and futures: create_task, cancel(msg), cancelling/uncancel, result/exception, names, add/remove_done_callback, get_coro/get_loop, current_task, all_tasks", true, "remove_done_callback of a function named by a def"},
	{"await-helpers", "gather (return_exceptions=), shield, wait_for, wait, as_completed, sleep(d, result)", true, "wait() of a list of tasks; its done and pending sets are lists"},
	{"loop", "get_running_loop, loop.time, create_future, call_soon, call_soon_threadsafe, call_later, call_at, run_in_executor(None, ...)", true, "callbacks are functions, lambdas, print, list.append or future/event methods"},
	{"subprocess", "create_subprocess_exec/shell, PIPE/STDOUT/DEVNULL, wait, communicate, returncode, pid, stdout.read/readline, stdin.write/drain/close, kill, terminate", true, ""},
	{"threading", "threading.get_ident, main_thread().ident, Thread(target=, args=), Event", true, ""},
	{"asyncio-other", "asyncio.Barrier, Runner, ensure_future, run_coroutine_threadsafe, get_event_loop, new_event_loop, iscoroutine, wrap_future, streams (open_connection, start_server)", false, ""},
	{"exception-class", "class X(Exception)", true, "an empty body, or __init__ setting attributes, __str__ and __repr__; derived classes without methods share their base's attributes"},
	{"fstring", "f-strings", true, ""},
	{"listcomp", "list comprehensions", true, ""},
	{"genexp", "generator expressions", true, "as the argument of sum/any/all/min/max/list; held in a variable, a one-shot iterator"},
	{"map-filter", "map() and filter()", true, "held in a variable, a lazy one-shot iterator (not taken by map, filter, zip, enumerate or reversed)"},
	{"augassign", "augmented assignment", true, ""},
	{"tuple-unpack", "tuple unpacking", true, ""},
	{"global", "global", true, ""},
	{"main-guard", "if __name__ == '__main__'", true, ""},

	{"dynamic", "variables, results and list items holding values of different types", true, "a dynamic value (any) with Python's operators"},
	{"func-values", "functions and lambdas as values (in lists and dicts, passed, returned)", true, "different functions held in one place share one Go func type"},
	{"func-group-call", "calling a value that holds one of several functions with keywords, *args or defaults", false, "pass one positional argument per parameter"},
	{"func-group-name", "__name__ of a value that holds one of several functions, some nested or lambdas", false, ""},
	{"mixed-types", "dict keys and set items of different types", true, "dynamic keys with Python's equality: 1, 1.0 and True are one key"},
	{"untyped-param", "a parameter whose type cannot be inferred", false, "call the function, or annotate the parameter"},
	{"class", "class", true, "plain classes become structs with methods; exception classes with methods become structs embedding rt.Exc"},
	{"class-inheritance", "class inheritance from a class of the module", true, "single inheritance, super() calls, overrides dispatch like Python's"},
	{"inheritance", "multiple inheritance, or bases other than exceptions and classes of the module", false, ""},
	{"class-body", "class attributes, @staticmethod, @classmethod, @property with setter", true, ""},
	{"user-with", "with and async with on classes with __enter__/__exit__ or __aenter__/__aexit__", true, "__exit__ returns a bool or nothing"},
	{"nested-class", "classes defined inside functions", false, "define the class at module level"},
	{"exception-class-body", "exception classes with other methods or class attributes, or with methods and derived from one with methods", false, "__init__, __str__ and __repr__ in one class of the hierarchy"},
	{"dataclass", "@dataclasses.dataclass", true, "options order= and frozen=; field(default=, default_factory=list or dict)"},
	{"metaclass", "metaclass", false, ""},
	{"class-keywords", "class keywords", false, ""},
	{"decorator", "decorators", false, ""},
	{"lambda", "lambda", true, ""},
	{"nested-def", "nested functions and closures", true, "defined in a function body"},
	{"nonlocal", "nonlocal", true, ""},
	{"yield", "yield (generators and async generators)", true, "yield as a statement in a def or async def; not in methods, not send/throw/close"},
	{"generator-return-value", "return with a value in a generator", false, ""},
	{"async-generator-try", "yield inside try or with in an async generator", false, "CPython closes an async generator left early in a task of its own"},
	{"async-generator-value", "an async generator object held in a variable", false, "use async for over the call"},
	{"generator-repr", "printing a generator or iterator object", false, "print list(it)"},
	{"async-for", "async for", true, "over calls of async generators"},
	{"async-comprehension", "asynchronous comprehensions", true, "over calls of async generators"},
	{"with", "with on built-in context managers", false, "async with TaskGroup, timeout, Lock, Semaphore and Condition, and with on user classes, are supported"},
	{"star-args", "*args and **kwargs parameters", true, "*args is a Go variadic parameter, **kwargs a dict"},
	{"star-call", "*args in calls", true, "to user functions, print, asyncio.gather and create_subprocess_exec; a, b = zip(*pairs) over a list of tuples; zip(*rows) over a list of lists"},
	{"kwargs-unpack", "**kwargs in calls", true, "to user functions"},
	{"walrus", "assignment expressions (:=)", true, ""},
	{"del", "del", true, "of dict keys, list items and slices, and local names not assigned again"},
	{"del-other", "del of attributes, of names in loops and other targets", false, ""},
	{"dict", "dict", true, "keys of type int, str, float, bool or tuples of them"},
	{"set", "set", true, "elements of type int, str, float, bool or tuples of them"},
	{"slice", "slicing", true, "of lists, str, tuples and bytes"},
	{"complex", "complex numbers", false, ""},
	{"bytes", "bytes", true, "literals, repr, len, indexing, slicing, + and *, in (of bytes and of ints), comparisons, iteration, bytes(), decode/encode (utf-8), split/strip/upper/lower/find/count/replace/hex/startswith/endswith, subprocess pipes"},
	{"range", "range objects", true, "in loops and comprehensions, and as values: len, indexing, in, repr, list/tuple/sum/reversed"},
	{"tuple", "tuples", true, "fixed tuples of any item types; count/index, in, + and * on tuples whose items share one type (a variable holding such tuples of different lengths is an rt.TupleOf); + of two fixed tuples"},
	{"ellipsis", "Ellipsis", false, ""},
	{"matmul", "the @ operator", false, ""},
	{"exec", "exec()", false, ""},
	{"eval", "eval()", false, ""},
	{"__import__", "__import__()", false, "import the module with an import statement"},
	{"globals", "globals()", false, ""},
	{"locals", "locals()", false, ""},
	{"vars", "vars()", false, ""},
	{"compile", "compile()", false, ""},
	{"breakpoint", "breakpoint()", false, ""},
	{"relative-import", "relative imports", false, ""},
	{"star-import", "from ... import *", false, ""},
	{"module", "modules other than asyncio, time, threading, datetime, sys, dataclasses, os", false, ""},
	{"os", "os.environ, os.getenv", true, "subprocesses started later get the changed environment"},
	{"datetime", "datetime.now(), its fields, strftime, isoformat, timestamp; datetime - datetime (timedelta: total_seconds, days, seconds, microseconds)", true, "local time"},
	{"type-tests", "isinstance and issubclass with built-in types and tuples of them, type(x) == / is T, type(x).__name__", true, ""},
	{"function-values", "built-in functions, str methods and d.get as values (key=str.lower, map(len, xs), max(d, key=d.get))", true, "d.get only over the keys of d"},
	{"await-in-comprehension", "await inside list, set and dict comprehensions", true, "the awaits run in order, in the enclosing task"},
	{"await-in-genexp", "await inside a generator expression (an asynchronous generator)", false, "use a list comprehension"},
	{"loop-else", "for/while ... else", true, ""},
	{"is", "is / is not between values without identity (int, str, ...)", false, "use =="},
	{"string-format", "str.format and % formatting", true, ""},
}

// feature returns the row with the given key.
func feature(key string) Feature {
	for _, f := range Features {
		if f.Key == key {
			return f
		}
	}
	panic("check: no feature " + key)
}

// SupportTable renders Features as a Markdown table for the README.
func SupportTable() string {
	var b strings.Builder
	b.WriteString("| Construct | Supported | Notes |\n|---|---|---|\n")
	for _, f := range Features {
		yes := "yes"
		if !f.Supported {
			yes = "no"
		}
		fmt.Fprintf(&b, "| %s | %s | %s |\n", f.Construct, yes, f.Note)
	}
	return b.String()
}
