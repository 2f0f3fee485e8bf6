# Checks: zip(*rows) over a list of lists gives its columns as tuples, as long as
# the shortest row: transposing a matrix, looping over columns, and empty rows.

def main():
    matrix = [[1, 2, 3], [4, 5, 6]]
    print(list(zip(*matrix)))
    for col in zip(*matrix):
        print(col, sum(col), len(col))
    rows = [[1, 2], [3, 4], [5, 6]]
    print([list(c) for c in zip(*rows)])
    ragged = [[1, 2], [3]]
    print(list(zip(*ragged)), list(zip(*[[0] * 0 for _ in range(2)])))
    t = [list(r) for r in zip(*matrix)]
    print(t, [max(c) for c in zip(*t)])


main()
