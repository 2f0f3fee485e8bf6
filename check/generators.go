package check

import "github.com/pyasync2go/pyasync2go/ast"

// Generators.
//
// A def whose body has a yield statement is a generator function (an
// async def, an asynchronous generator). Calling it gives a Generator
// value: Go's iter.Seq[T] (iter.Seq2[T, error] when the body can raise),
// which a for loop, an async for loop or a comprehension ranges over
// directly, so that an await in the body suspends the consuming task as
// CPython's does. A sync generator, a generator expression, reversed(),
// map() or filter() held in a variable is an Iterator (*rt.Iterator[T]),
// which is one-shot.

// hasYield reports whether body has a yield statement of its own (not in
// a nested def or class), and whether it has a yield used as a value
// ("x = yield v", for generator.send).
func hasYield(body []ast.Stmt) (stmt, value bool) {
	walkStmts(body, func(s ast.Stmt) {
		switch s := s.(type) {
		case *ast.ExprStmt:
			if _, ok := s.Value.(*ast.Yield); ok {
				stmt = true
			}
		case *ast.Assign:
			if _, ok := s.Value.(*ast.Yield); ok {
				value = true
			}
		}
	})
	return stmt, value
}

// generatorOK reports whether f is a generator pyasync2go translates:
// a def at module level or in a function, not a method or a lambda,
// whose yields are statements.
func generatorOK(f *Func) bool {
	return f.Generator && !f.yieldValue && f.Class == nil && f.Lambda == nil
}

// yieldStmt types "yield value" as a statement of the current function.
func (c *checker) yieldStmt(e *ast.Yield) {
	if !generatorOK(c.fn) {
		c.unsupportedYield(e.Pos)
		return
	}
	t := tNone
	if e.Value != nil {
		t = c.expr(e.Value)
	}
	if mentionsFunc(t, c.fn, 0) {
		// Its Go type would contain itself: func A() iter.Seq[func() iter.Seq[...]].
		c.errorf(e.Pos, "unsupported: a generator that yields itself")
		return
	}
	c.setType(&c.fn.Yields, t)
	if YieldInTry(c.fn, e) {
		// A consumer that stops early closes the generator: GeneratorExit
		// goes through the try statements around the yield.
		c.fnRaises()
		if c.fn.Async {
			// CPython closes an asynchronous generator later, in a task
			// of its own.
			c.unsupported(e.Pos, "async-generator-try")
		}
	}
}

// YieldInTry reports whether y sits inside a try or with statement of
// fn's body.
func YieldInTry(fn *Func, y *ast.Yield) bool {
	found := false
	var walk func(body []ast.Stmt, inTry bool)
	walk = func(body []ast.Stmt, inTry bool) {
		for _, s := range body {
			switch s := s.(type) {
			case *ast.ExprStmt:
				found = found || inTry && s.Value == ast.Expr(y)
			case *ast.If:
				walk(s.Body, inTry)
				walk(s.OrElse, inTry)
			case *ast.For:
				walk(s.Body, inTry)
				walk(s.OrElse, inTry)
			case *ast.While:
				walk(s.Body, inTry)
				walk(s.OrElse, inTry)
			case *ast.With:
				walk(s.Body, true)
			case *ast.Try:
				walk(s.Body, true)
				for _, h := range s.Handlers {
					walk(h.Body, true)
				}
				walk(s.OrElse, true)
				walk(s.FinalBody, true)
			}
		}
	}
	walk(fn.Def.Body, false)
	return found
}

// noIterRepr reports the text of a generator or iterator, which names
// its address in CPython.
func (c *checker) noIterRepr(e ast.Expr, t *Type) {
	if t != nil && (t.Kind == Generator || t.Kind == Iterator) {
		c.unsupported(e.Position(), "generator-repr")
	}
}

// generatorOf is the type of a call of the generator function f.
func generatorOf(f *Func) *Type {
	return &Type{Kind: Generator, Elem: orUnknown(f.Yields), Fn: f}
}

func iteratorOf(t *Type) *Type { return &Type{Kind: Iterator, Elem: t} }

// iterElem is the type of the items a for loop or comprehension over
// iter produces; async tells an async for (or async comprehension). A
// generator that can raise makes the loop raise.
func (c *checker) iterElem(iter ast.Expr, t *Type, async bool) *Type {
	switch {
	case t.Kind == Generator && t.Fn.Async != async:
		if async {
			c.errorf(iter.Position(), "'async for' requires an object with __aiter__ method, got generator")
		} else {
			c.errorf(iter.Position(), "'async_generator' object is not iterable")
		}
		return tUnknown
	case t.Kind == Generator:
		if t.Fn.MayRaise {
			c.fnRaises()
		}
		return t.Elem
	case async:
		if t.Kind != Unknown {
			c.unsupported(iter.Position(), "async-for")
		}
		return tUnknown
	case t.Kind == Iterator:
		c.fnRaises()
		return t.Elem
	}
	return c.elemType(iter, t)
}

// heldType is the type a variable gets when it is assigned value, of
// type t: a generator object, generator expression, reversed(), map() or
// filter() held in a variable is a one-shot Iterator.
func (c *checker) heldType(value ast.Expr, t *Type) *Type {
	switch {
	case t.Kind == Generator && t.Fn.Async:
		c.unsupported(value.Position(), "async-generator-value")
		return t
	case t.Kind == Generator:
		return iteratorOf(t.Elem)
	case t.Kind == List && (isGenExp(value) || IsReversed(c.info, value) || IsMapFilter(c.info, value)):
		return iteratorOf(t.Elem)
	}
	return t
}

// IsMapFilter reports whether e calls the built-in map or filter, whose
// object is a lazy one-shot iterator.
func IsMapFilter(info *Info, e ast.Expr) bool {
	call, ok := e.(*ast.Call)
	if !ok || len(call.Args) < 2 {
		return false
	}
	n, ok := call.Func.(*ast.Name)
	return ok && (n.ID == "map" || n.ID == "filter") && info.Uses[n] != nil && info.Uses[n].Kind == Builtin
}

func isGenExp(e ast.Expr) bool {
	_, ok := e.(*ast.GeneratorExp)
	return ok
}

// IsReversed reports whether e calls the built-in reversed.
func IsReversed(info *Info, e ast.Expr) bool {
	call, ok := e.(*ast.Call)
	if !ok || len(call.Args) != 1 {
		return false
	}
	n, ok := call.Func.(*ast.Name)
	return ok && n.ID == "reversed" && info.Uses[n] != nil && info.Uses[n].Kind == Builtin
}

// mentionsFunc reports whether t is, or holds, the function fn as a value.
func mentionsFunc(t *Type, fn *Func, depth int) bool {
	if t == nil || depth > 8 {
		return false
	}
	if t.Kind == Callable && t.Fn == fn {
		return true
	}
	if mentionsFunc(t.Elem, fn, depth+1) || mentionsFunc(t.Key, fn, depth+1) {
		return true
	}
	for _, x := range t.Elems {
		if mentionsFunc(x, fn, depth+1) {
			return true
		}
	}
	return false
}
