x = f'plain'
x = f''
x = f'{a}'
x = f'{a}{b}'
x = f'a{b}c{d}e'
x = f'{a!r} {b!s} {c!a}'
x = f'{a:>10} {b:.2f} {c:{w}} {d:{w}.{p}f} {e!r:^{w}}'
x = f'{a=}', f'{a = }', f'{a=!s}', f'{a=:>10}', f'{a.b=}', f'{ a + b = }'
x = f'{{}} {{a}} {{{a}}}'
x = f'{a["k"]}', f"{a['k']}", f'{f(x, y)}', f'{[1, 2][0]}', f'{ {"a": 1}["a"] }'
x = f'{a if b else c}', f'{(lambda: 1)()}', f'{a, b}', f'{x:{{}}}'
x = f'{3.14:.2f}', f'{x:}', f'{x!r:}'
x = rf'\n{a}', fr'{a}\t', Rf'{a}', FR'{a}', F'{a}'
x = 'a' f'{b}' 'c'
x = f'{a}' 'b' f'{c}'
x = f'''multi
{a}
line'''
x = f"{'nested'}"
x = f'{a!r:{b}}'
x = f'{a:{b}{c}}'
x = f'{a:%Y-%m-%d}'
x = f'\n{a}\t'
x = f'{x:=10}'
x = f'{(x:=10)}'
x = f'{a == b}', f'{a != b}', f'{a <= b}'
x = f"{t.name:<{width}}|{len(items):>3}"
x = f'é{a}ö'
x = f'{a}' f'{b}'
print(f"[{time.strftime('%X')}] {name!r} done in {elapsed:.3f}s")
x = rf"Software\Python\{tag}\Install"
x = f"a\\{b}"
