// Who is logged in ({username, roles}) and where they start; shared by the router and the pages.
export const session = {user: null, home: () => '#/login'};
