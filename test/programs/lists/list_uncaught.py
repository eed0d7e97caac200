# exit: 1
# An IndexError escaping from a nested helper while walking a list of lists.
def cell(grid, r, c):
    return grid[r][c]
def diagonal(grid):
    return [cell(grid, i, i) for i in range(len(grid))]
square = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(diagonal(square))
ragged = [[1, 2, 3], [4], [7, 8, 9]]
print(diagonal(ragged))
